/**
 * The one inline script of the site, run in <head> before the first paint:
 * - applies the theme the reader chose earlier (localStorage "theme": "light" | "dark") as
 *   <html data-theme>, so a returning reader never sees the other theme flash; without a choice, or without
 *   JavaScript, the CSS follows the system setting (prefers-color-scheme);
 * - marks <html data-js> so the theme toggle (which needs script) is shown;
 * - handles clicks on [data-theme-toggle] (switch to the opposite of the theme in effect and remember it),
 *   and closes open header menus (<details data-menu>) on Escape, on a click outside them and when one of their
 *   links is followed (client-side navigation keeps the header, so an open menu would stay open). Menus nest (the
 *   guide groups sit inside the "Menu" disclosure): a click keeps open every menu it lands in, and Escape returns
 *   focus to the outermost open menu that held it.
 * It is a static string in an inline <script>, allowed by the Content-Security-Policy's `'unsafe-inline'` like
 * Next's own inline scripts (lib/security-headers.ts says why the policy cannot list hashes instead).
 */
export const THEME_SCRIPT = `(function(){var d=document,r=d.documentElement,k="theme";try{var t=localStorage.getItem(k);if(t==="light"||t==="dark")r.setAttribute("data-theme",t)}catch(e){}r.setAttribute("data-js","");function shut(inside){d.querySelectorAll("details[data-menu][open]").forEach(function(m){if(!(inside&&m.contains(inside)))m.removeAttribute("open")})}d.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-theme-toggle]");if(b){var c=r.getAttribute("data-theme"),dark=c?c==="dark":matchMedia("(prefers-color-scheme: dark)").matches,n=dark?"light":"dark";r.setAttribute("data-theme",n);try{localStorage.setItem(k,n)}catch(e){}}var t=e.target.closest?e.target:null;shut(t&&!t.closest("a[href]")?t:null)});d.addEventListener("keydown",function(e){if(e.key!=="Escape")return;var o=null;d.querySelectorAll("details[data-menu][open]").forEach(function(m){if(!o&&m.contains(d.activeElement))o=m});shut(null);if(o)o.querySelector("summary").focus()})})()`
