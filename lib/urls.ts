/**
 * URLs of the site's pages, and the one check that decides whether an outside address may become a link. Paths
 * only, and no environment: the Studio imports this module too. Absolute addresses: lib/absolute-url.ts.
 */

export const HOME_PATH = '/'
export const NEWS_PATH = '/news'
export const FAQ_PATH = '/faq'
export const GUIDES_PATH = '/guides'

export const guidePath = (slug: string) => `/${slug}`
/** Pages share the top-level address space with guides (the Studio keeps their slugs unique across both). */
export const pagePath = (slug: string) => `/${slug}`
/** A section of a page: the heading ids come from lib/outline.ts. */
export const sectionHref = (id: string) => `#${id}`
export const newsPath = (slug: string) => `/news/${slug}`
/** Page 1 of the news list is /news; later pages are /news/page/N. */
export const newsListPath = (page: number) => (page <= 1 ? '/news' : `/news/page/${page}`)
/** Page 1 of "All guides" is /guides; later pages are /guides/page/N. */
export const guideListPath = (page: number) => (page <= 1 ? GUIDES_PATH : `${GUIDES_PATH}/page/${page}`)
export const newsFeedPath = { rss: '/news/feed.xml', json: '/news/feed.json' } as const
/** The sitemap index, and the sitemap files it lists (app/sitemaps/sitemap.ts, one per 50,000 addresses). */
export const sitemapIndexPath = '/sitemap.xml'
export const sitemapFilePath = (id: number) => `/sitemaps/sitemap/${id}.xml`

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

/* Reader tools (search, the PC checker, the release calendar). */

export const SEARCH_PATH = '/search'
export const CHECKER_PATH = '/can-my-pc-run-windows-12'
export const RELEASE_CALENDAR_PATH = '/release-calendar.ics'

/** A search results page; page 1 has no page parameter, so each result list has one address. */
export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `${SEARCH_PATH}?${params}`
}

/** The fragment id of one FAQ entry on the page that shows it (Sanity ids hold only letters, digits, `.`, `_` and `-`). */
export const faqEntryId = (documentId: string) => `faq-entry-${documentId.replace(/[^A-Za-z0-9_-]/g, '-')}`
/** One section of the FAQ (lib/faq.ts): page 1 is /faq/<section>; later pages are /faq/<section>/page/N. */
export const faqSectionPath = (section: string, page = 1) =>
  page <= 1 ? `${FAQ_PATH}/${encodeURIComponent(section)}` : `${FAQ_PATH}/${encodeURIComponent(section)}/page/${page}`
/** Where an FAQ entry is now: its section's page that lists it, at the entry. */
export const faqEntryLocation = (section: string, page: number, documentId: string) => `${faqSectionPath(section, page)}#${faqEntryId(documentId)}`
/**
 * The stable address of one FAQ entry (search results link it): it redirects to the section page that lists the
 * entry now (faqEntryLocation), since an entry moves between pages as editors add and reorder questions.
 */
export const faqEntryPath = (documentId: string) => `${FAQ_PATH}/question/${encodeURIComponent(documentId)}`

/** A section of a guide, by the id its heading gets (lib/slugify headingId). */
export const guideSectionPath = (slug: string, sectionId: string) => `${guidePath(slug)}#${sectionId}`

/**
 * Where a redirect to a visitor-supplied target may go: the path (with query and fragment) of `target` resolved
 * against `origin`, or "/" when it leaves that origin or cannot be read. Resolved the way a browser reads a
 * Location header (WHATWG URL parsing: tabs and newlines removed, `\` read as `/`), so `/\t/evil.example` or
 * `/\evil.example` cannot become `//evil.example`. The result is relative and percent-encoded: safe as a header.
 */
export function sameOriginPath(target: string | null | undefined, origin: string): string {
  if (!target) return '/'
  let base: URL
  let resolved: URL
  try {
    base = new URL(origin)
    resolved = new URL(target, base)
  } catch {
    return '/'
  }
  if (resolved.origin !== base.origin) return '/'
  // A path such as "/.//evil.example" normalises to "//evil.example", which a browser would read as another host.
  const path = `/${resolved.pathname.replace(/^\/+/, '')}`
  return `${path}${resolved.search}${resolved.hash}`
}
