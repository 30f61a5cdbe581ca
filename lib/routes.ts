/**
 * Every address the site answers, in one list. The proxy (proxy.ts) classifies each request with it before
 * anything renders:
 * - a path that matches no rule gets the site's not-found page with status 404 (a rewrite to a path no route
 *   matches, so Next serves its prerendered 404 page and nothing is written to the ISR cache);
 * - a method a rule does not take gets 405 with an `Allow` header;
 * - a content address (a guide, a news item, a page of the news or guide list, an FAQ section or entry) is checked
 *   against the route index first
 *   (sanity/lib/route-index.ts), so a slug that names no document is a 404 before its ISR route renders;
 * - the query string is removed before an ISR page renders, so no visitor's query ends up in the cached HTML.
 *
 * ADD A ROUTE HERE when you add one under app/ (or a file under public/): a route that is missing here answers
 * 404. Patterns are matched segment by segment against the decoded path: `:name` is any one segment, `*` any
 * number of further segments; every other segment must match exactly. The first rule that matches wins, so fixed
 * paths come before parameters. File routes are listed by their exact names (see METADATA_IMAGES): a pattern that
 * let any name of a shape through would let each junk name render and be stored (__tests__/unit/file-routes.test.ts
 * checks the list against app/).
 */

import { documentPath } from './urls'

/** How the proxy treats a matched address. */
export type RouteKind =
  /** An ISR page whose existence does not depend on content: the query is stripped before render. */
  | 'page'
  /**
   * An ISR page (or a file of one) that exists only if its document does, or a sitemap file that exists only if the
   * content fills it: asked of the route index first.
   */
  | 'content'
  /** A page rendered for each request that reads its query (search): the query is kept. */
  | 'dynamic'
  /** A route handler or metadata file (feeds, sitemap, robots, icons, images): the query is stripped. */
  | 'file'
  /** An API route handler: methods as listed, query kept, never cached by browsers or proxies. */
  | 'api'
  /** The embedded Studio: one static shell for every path below /studio (the Studio routes in the browser). */
  | 'studio'
  /** Next's own files and endpoints, and the proxy's own not-found address: passed through untouched. */
  | 'next'

/** A path no route matches; see the rule for it below. */
export const NOT_FOUND_PATH = '/_content/not-found'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS'

export type RouteRule = {
  pattern: string
  kind: RouteKind
  /** Methods the route takes (HEAD goes with GET). Default: GET. */
  methods?: readonly HttpMethod[]
  /**
   * For `content` rules: how many leading segments make the address of the content page that must exist (an
   * opengraph image of a guide exists when the guide does). Default: all of them.
   */
  contentSegments?: number
}

/**
 * The social image routes, by the names Next gives them: a metadata image inside a route group (app/(site)/...)
 * gets a suffix hashed from its folder, and only that exact name renders the image. Moving or adding an
 * opengraph-image or twitter-image file changes this list: __tests__/unit/file-routes.test.ts computes the names
 * with Next's own function and says which one to write here.
 */
export const METADATA_IMAGES = {
  hub: '/opengraph-image-12o0cb',
  news: '/news/opengraph-image-14vtpi',
  faq: '/faq/opengraph-image-5jklc1',
  faqSection: '/faq/:category/opengraph-image-18x80h',
  guide: `${documentPath('guide', ':slug')}/opengraph-image-19c4ir`,
  newsItem: `${documentPath('newsItem', ':slug')}/opengraph-image-5nvrt4`,
} as const

/** Reader pages are GET only; POST is let through only for draft mode's server actions (see proxy.ts). */
export const ROUTES: readonly RouteRule[] = [
  // Next's build output and internal endpoints (proxy.ts's matcher does not even send them through the proxy).
  { pattern: '/_next/*', kind: 'next' },
  // Where the proxy rewrites unknown addresses: no route matches it, so Next answers with its not-found page and
  // renders nothing into the cache. Passed through because Next may send a rewrite back through the proxy (see
  // NOT_FOUND_PATH in proxy.ts).
  { pattern: NOT_FOUND_PATH, kind: 'next' },

  // Reader pages with a fixed address.
  { pattern: '/', kind: 'page' },
  { pattern: '/news', kind: 'page' },
  { pattern: '/faq', kind: 'page' },
  { pattern: '/guides', kind: 'page' }, // "All guides", page 1
  { pattern: '/can-my-pc-run-windows-12', kind: 'dynamic' }, // the PC checker, reads its form's query
  { pattern: '/search', kind: 'dynamic' }, // site search, reads ?q=

  // Files: icons, feeds, sitemap, robots, calendar.
  { pattern: '/favicon.ico', kind: 'file' },
  { pattern: '/icon.svg', kind: 'file' },
  { pattern: '/icons.svg', kind: 'file' }, // the icon sprite (public/icons.svg, components/icons/Icon.tsx)
  { pattern: '/robots.txt', kind: 'file' },
  { pattern: '/sitemap.xml', kind: 'file' },
  { pattern: '/news/feed.xml', kind: 'file' },
  { pattern: '/news/feed.json', kind: 'file' },
  { pattern: '/release-calendar.ics', kind: 'file' },

  // Social images of the fixed pages.
  { pattern: METADATA_IMAGES.hub, kind: 'file' },
  { pattern: METADATA_IMAGES.news, kind: 'file' },
  { pattern: METADATA_IMAGES.faq, kind: 'file' },

  // The Studio and the API.
  { pattern: '/studio', kind: 'studio' },
  { pattern: '/studio/*', kind: 'studio' },
  { pattern: '/api/revalidate', kind: 'api', methods: ['POST'] },
  { pattern: '/api/cron/revalidate', kind: 'api', methods: ['GET'] },
  { pattern: '/api/draft-mode/enable', kind: 'api', methods: ['GET'] },
  { pattern: '/api/draft-mode/disable', kind: 'api', methods: ['GET'] },
  // Liveness and readiness for load balancers and Docker (app/api/health, app/api/ready): never cached.
  { pattern: '/api/health', kind: 'api', methods: ['GET'] },
  { pattern: '/api/ready', kind: 'api', methods: ['GET'] },

  // Content addresses, judged by the route index. /[slug] serves guides and editors' pages (/about ...).
  // The sitemap files the index lists (app/sitemaps/sitemap.ts): as many as the content needs.
  { pattern: '/sitemaps/sitemap/:id', kind: 'content' },
  { pattern: '/news/page/:n', kind: 'content' },
  { pattern: '/guides/page/:n', kind: 'content' }, // "All guides", later pages: as many as the guides fill
  // The FAQ's sections (lib/faq.ts) while they hold questions, the pages they fill, and each entry's permalink
  // (a redirect to where it is listed now).
  { pattern: '/faq/question/:id', kind: 'content' },
  { pattern: '/faq/:category/page/:n', kind: 'content' },
  { pattern: '/faq/:category', kind: 'content' },
  { pattern: METADATA_IMAGES.faqSection, kind: 'content', contentSegments: 2 },
  { pattern: documentPath('newsItem', ':slug'), kind: 'content' },
  { pattern: METADATA_IMAGES.newsItem, kind: 'content', contentSegments: 2 },
  { pattern: documentPath('guide', ':slug'), kind: 'content' }, // and pages: one address space
  { pattern: METADATA_IMAGES.guide, kind: 'content', contentSegments: 1 },
]

/**
 * First path segments the site's own routes use (fixed pages, the sitemap files, the Studio, the API). Guides and
 * pages live at /slug, so none may take one of these as its slug: the Studio refuses them (sanity/schemaTypes).
 * Slugs never hold a dot, so file names (robots.txt ...) need no entry.
 */
export const RESERVED_FIRST_SEGMENTS: readonly string[] = [
  ...new Set(
    ROUTES.filter((rule) => rule.kind !== 'next')
      .map((rule) => rule.pattern.split('/')[1])
      .filter((segment) => segment !== '' && !segment.startsWith(':') && !segment.includes('.')),
  ),
]

export type RouteMatch =
  | { kind: 'unknown' }
  /** A segment that is not valid percent-encoding (`/%ff`): no address can match it. */
  | { kind: 'malformed' }
  | { kind: Exclude<RouteKind, 'content'>; rule: RouteRule }
  /** `contentPath`: the (still encoded) address of the page whose document must exist. */
  | { kind: 'content'; rule: RouteRule; contentPath: string }

/** The decoded segments of a path, or null when a segment is not valid percent-encoding. */
export function decodeSegments(pathname: string): string[] | null {
  const raw = pathname.split('/').filter(Boolean)
  try {
    return raw.map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}

function segmentMatches(token: string, segment: string): boolean {
  if (token.startsWith(':')) return true
  return token === segment
}

function matches(pattern: string, segments: readonly string[]): boolean {
  const tokens = pattern.split('/').filter(Boolean)
  if (tokens.at(-1) === '*') {
    const fixed = tokens.slice(0, -1)
    return segments.length > fixed.length && fixed.every((token, index) => segmentMatches(token, segments[index]))
  }
  return tokens.length === segments.length && tokens.every((token, index) => segmentMatches(token, segments[index]))
}

/** Which rule of `routes` an address matches (pathname as received, percent-encoded). */
export function classifyPath(pathname: string, routes: readonly RouteRule[] = ROUTES): RouteMatch {
  const segments = decodeSegments(pathname)
  if (!segments) return { kind: 'malformed' }
  const rule = routes.find((candidate) => matches(candidate.pattern, segments))
  if (!rule) return { kind: 'unknown' }
  if (rule.kind !== 'content') return { kind: rule.kind, rule }
  const raw = pathname.split('/').filter(Boolean)
  return { kind: 'content', rule, contentPath: `/${raw.slice(0, rule.contentSegments ?? raw.length).join('/')}` }
}

/** The methods a rule takes, as an `Allow` header lists them. */
export function allowedMethods(rule: RouteRule): HttpMethod[] {
  const methods = rule.methods ?? ['GET']
  return methods.includes('GET') && !methods.includes('HEAD') ? [...methods, 'HEAD'] : [...methods]
}

/** Whether the query string is removed before the route renders (everything cached as ISR). */
export function stripsQuery(kind: RouteKind): boolean {
  return kind === 'page' || kind === 'content' || kind === 'file'
}
