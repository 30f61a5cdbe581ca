import { Icon } from '@/components/icons/Icon'

/**
 * Switches between the light and dark theme. The click is handled by the inline script in <head>
 * (lib/theme-script.ts), so this costs no React on the client; the button is shown only once that script has run
 * (html[data-js]), and its icon and label follow the theme in effect through CSS.
 */
export function ThemeToggle() {
  return (
    <button type="button" className="icon-button theme-toggle" data-theme-toggle="">
      <span className="when-light">
        <Icon name="moon" />
        <span className="visually-hidden">Switch to dark theme</span>
      </span>
      <span className="when-dark">
        <Icon name="sun" />
        <span className="visually-hidden">Switch to light theme</span>
      </span>
    </button>
  )
}
