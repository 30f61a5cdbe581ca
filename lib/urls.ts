/** URLs of the site's pages, and the one check that decides whether an outside address may become a link. */

import { siteUrl } from './site-config'

export const HOME_PATH = '/'
export const FAQ_PATH = '/faq'
export const guidePath = (slug: string) => `/${slug}`
/** Generic pages (about, editorial policy) live at the top level, like guides. */
export const pagePath = (slug: string) => `/${slug}`
export const newsPath = (slug: string) => `/news/${slug}`
/** Page 1 of the news list is /news; later pages are /news/page/N. */
export const newsListPath = (page: number) => (page <= 1 ? '/news' : `/news/page/${page}`)
export const CHECKER_PATH = '/can-my-pc-run-windows-12'
export const newsFeedPath = { rss: '/news/feed.xml', json: '/news/feed.json' } as const
/** The sitemap index, and the sitemap files it lists (app/sitemaps/sitemap.ts, one per 50,000 addresses). */
export const sitemapIndexPath = '/sitemap.xml'
export const sitemapFilePath = (id: number) => `/sitemaps/sitemap/${id}.xml`

/** The address of a site path as search engines and feed readers must see it: absolute, on SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(`${siteUrl}${path.startsWith('/') ? path : `/${path}`}`).href
}

/** Returns the URL when it is an absolute http(s) address, otherwise null (javascript:, data:, relative...). */
export function safeExternalUrl(href: unknown): string | null {
  if (typeof href !== 'string') return null
  try {
    const url = new URL(href.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Internal links come from the query as "/slug"; anything else is not trusted as an internal path. */
export function safeInternalPath(href: unknown): string | null {
  return typeof href === 'string' && /^\/[a-z0-9][a-z0-9-/]*$/i.test(href) ? href : null
}
