/**
 * URLs of the site's pages: the only module that knows their shapes (documentPath for a document's page, the list
 * and tool paths, and their inverses for the route index), and the checks that decide whether a link target may
 * become a link. Queries return types and slugs, never paths. Paths only, and no environment: the Studio imports
 * this module too. Absolute addresses: lib/absolute-url.ts. __tests__/unit/url-shapes.test.ts fails when a URL
 * shape is written anywhere else.
 */

export const HOME_PATH = '/'
export const NEWS_PATH = '/news'
export const FAQ_PATH = '/faq'
export const GUIDES_PATH = '/guides'

/** The document types that have a page of their own. */
export const ROUTABLE_TYPES = ['guide', 'page', 'newsItem'] as const
export type RoutableType = (typeof ROUTABLE_TYPES)[number]

/**
 * The path segments before a document's slug. Guides and pages share the top-level address space (the Studio
 * keeps their slugs unique across both); news items live under /news.
 */
const DOCUMENT_PREFIX: Record<RoutableType, readonly string[]> = { guide: [], page: [], newsItem: ['news'] }

/** The address of a document's page: the one place that knows a document URL's shape. */
export function documentPath(type: RoutableType, slug: string): string {
  return `/${[...DOCUMENT_PREFIX[type], slug].join('/')}`
}

/** The slugs the Studio makes (lib/slugify): letters, digits and hyphens, so a slug never leaves its segment. */
const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/i

export const isRoutableType = (type: unknown): type is RoutableType => ROUTABLE_TYPES.includes(type as RoutableType)

/**
 * Where an internal link annotation leads: its target's page, from the `type` and `slug` the queries resolve the
 * reference to (sanity/lib/content/fragments.ts); null when the target cannot be trusted: a broken reference, a type
 * without a page, a slug that is not a plain slug. A hostile slug ("javascript:…", "/evil.example", "../x") never
 * becomes a path.
 */
export function internalLinkPath(mark: unknown): string | null {
  const { type, slug } = (typeof mark === 'object' && mark !== null ? mark : {}) as { type?: unknown; slug?: unknown }
  return isRoutableType(type) && typeof slug === 'string' && SAFE_SLUG.test(slug) ? documentPath(type, slug) : null
}

/**
 * What a path names, from its decoded segments: the types whose pages have that shape and the slug (the inverse of
 * documentPath), or null when no document page has that shape.
 */
export function documentAt(segments: readonly string[]): { types: RoutableType[]; slug: string } | null {
  const slug = segments.at(-1)
  const prefix = segments.slice(0, -1)
  const types = ROUTABLE_TYPES.filter(
    (type) => DOCUMENT_PREFIX[type].length === prefix.length && DOCUMENT_PREFIX[type].every((segment, index) => segment === prefix[index]),
  )
  return slug && types.length > 0 ? { types, slug } : null
}

/** A section of a page: the heading ids come from lib/outline.ts. */
export const sectionHref = (id: string) => `#${id}`

/** Page 1 of a list is its own address; later pages are <list>/page/N. */
const listPagePath = (list: string, page: number) => (page <= 1 ? list : `${list}/page/${page}`)
/** Page 1 of the news list is /news; later pages are /news/page/N. */
export const newsListPath = (page: number) => listPagePath(NEWS_PATH, page)
/** Page 1 of "All guides" is /guides; later pages are /guides/page/N. */
export const guideListPath = (page: number) => listPagePath(GUIDES_PATH, page)

/** Which list a later list page's segments name ("news" or "guides") and its page parameter, or null. */
export function listPageAt(segments: readonly string[]): { list: 'news' | 'guides'; page: string } | null {
  if (segments.length !== 3 || segments[1] !== 'page') return null
  const list = ([['news', NEWS_PATH], ['guides', GUIDES_PATH]] as const).find(([, path]) => path === `/${segments[0]}`)?.[0]
  return list ? { list, page: segments[2] } : null
}

export const newsFeedPath = { rss: '/news/feed.xml', json: '/news/feed.json' } as const
/** The sitemap index, and the sitemap files it lists (app/sitemaps/sitemap.ts, one per 50,000 addresses). */
export const sitemapIndexPath = '/sitemap.xml'
const SITEMAP_FILES = ['sitemaps', 'sitemap'] as const
export const sitemapFilePath = (id: number) => `/${SITEMAP_FILES.join('/')}/${id}.xml`
/** The file name ("0.xml") a path's segments give in the sitemap files' folder, or undefined for any other path. */
export const sitemapFileAt = (segments: readonly string[]): string | undefined =>
  segments.length === 3 && segments[0] === SITEMAP_FILES[0] && segments[1] === SITEMAP_FILES[1] ? segments[2] : undefined

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

/* The FAQ: the overview (FAQ_PATH), the pages of its sections (lib/faq.ts) and each entry's permalink. */

/** The fragment id of one FAQ entry on the page that shows it (Sanity ids hold only letters, digits, `.`, `_` and `-`). */
export const faqEntryId = (documentId: string) => `faq-entry-${documentId.replace(/[^A-Za-z0-9_-]/g, '-')}`
/** One section of the FAQ: page 1 is /faq/<section>; later pages are /faq/<section>/page/N. */
export const faqSectionPath = (section: string, page = 1) => listPagePath(`${FAQ_PATH}/${encodeURIComponent(section)}`, page)
/** Where an FAQ entry is now: its section's page that lists it, at the entry. */
export const faqEntryLocation = (section: string, page: number, documentId: string) => `${faqSectionPath(section, page)}#${faqEntryId(documentId)}`
const FAQ_PERMALINKS = 'question'
/**
 * The stable address of one FAQ entry (search results link it): it redirects to the section page that lists the
 * entry now (faqEntryLocation), since an entry moves between pages as editors add and reorder questions.
 */
export const faqEntryPath = (documentId: string) => `${FAQ_PATH}/${FAQ_PERMALINKS}/${encodeURIComponent(documentId)}`

/**
 * What a path's segments name below FAQ_PATH: an entry's permalink (its id), or a section's page (the section's
 * segment and the page parameter, null on page 1); null for every other path. The inverse of faqEntryPath and
 * faqSectionPath, for the route index.
 */
export function faqPageAt(segments: readonly string[]): { entry: string } | { section: string; page: string | null } | null {
  if (`/${segments[0]}` !== FAQ_PATH) return null
  if (segments.length === 3 && segments[1] === FAQ_PERMALINKS) return { entry: segments[2] }
  if (segments.length === 2) return { section: segments[1], page: null }
  if (segments.length === 4 && segments[2] === 'page') return { section: segments[1], page: segments[3] }
  return null
}

/** A section of a guide, by the id its heading gets (lib/slugify headingId). */
export const guideSectionPath = (slug: string, sectionId: string) => `${documentPath('guide', slug)}#${sectionId}`

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
