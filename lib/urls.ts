/** URLs of the site's pages, and the one check that decides whether an outside address may become a link. */

export const guidePath = (slug: string) => `/${slug}`
export const newsPath = (slug: string) => `/news/${slug}`
/** Page 1 of the news list is /news; later pages are /news/page/N. */
export const newsListPath = (page: number) => (page <= 1 ? '/news' : `/news/page/${page}`)

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
