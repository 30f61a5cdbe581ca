import { siteUrl } from './site-config'

/**
 * The address of a site path as search engines and feed readers must see it: absolute, on SITE_URL. Apart from
 * lib/urls.ts (which builds paths and reads no environment) so the Studio's bundle, which builds paths for the
 * Presentation tool, does not pull in the server's settings.
 */
export function absoluteUrl(path: string): string {
  return new URL(`${siteUrl}${path.startsWith('/') ? path : `/${path}`}`).href
}
