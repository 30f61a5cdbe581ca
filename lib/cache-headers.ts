import type { NextConfig } from 'next'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/**
 * What shared caches (a CDN, the nginx front cache) may keep, as next.config.ts `headers()` rules. Next keeps a
 * Cache-Control header set by such a rule instead of its own (it sets one only when none is set yet).
 *
 * Next's client router asks for a page's RSC payload at the page's own address with the header `RSC: 1` (and a
 * `_rsc` cache-busting parameter, or a 307 to the address with one). Those answers differ from the HTML at the same
 * address and are personal to the router's state, so:
 * - a rule that gives a shared-cache lifetime never applies to an RSC request (`missing` the `rsc` header);
 * - every RSC answer, payload or redirect, is for the reader's browser only (`private, no-store`), including the
 *   ISR pages' payloads that Next would send with `s-maxage`.
 * Pages that a shared cache may keep carry Next's `Vary: rsc, next-router-state-tree, ...` (Next adds it to every
 * page response), so a cache that honours Vary never answers one kind of request with the other.
 */

const RSC_REQUEST = { type: 'header', key: 'rsc' } as const

/** Search results: rendered per request and stored nowhere on the server; a shared cache may answer repeats for a minute. */
const SEARCH_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60'
/**
 * The icon sprite every page draws from (components/icons/Icon.tsx): kept a day, then refreshed in the background,
 * so a changed icon reaches returning readers within a day without costing them a wait.
 */
const ICON_SPRITE_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800'
/** Any answer to Next's router (RSC payloads and the redirects that add `_rsc`). */
const RSC_CACHE_CONTROL = 'private, no-store'

export function cacheHeaderRules(): HeaderRule[] {
  return [
    { source: '/search', missing: [RSC_REQUEST], headers: [{ key: 'Cache-Control', value: SEARCH_CACHE_CONTROL }] },
    { source: '/icons.svg', headers: [{ key: 'Cache-Control', value: ICON_SPRITE_CACHE_CONTROL }] },
    // Last, so that it wins over every rule above for the same header.
    { source: '/:path*', has: [RSC_REQUEST], headers: [{ key: 'Cache-Control', value: RSC_CACHE_CONTROL }] },
  ]
}
