import type { NextConfig } from 'next'

/**
 * The security headers of every response, as next.config.ts `headers()` rules (later rules override the same
 * header of earlier ones). Static rules rather than headers set per request: they also reach Next's own files
 * and responses the proxy does not see, and cost nothing per request.
 *
 * Scripts: the policy sent is `script-src 'self' 'unsafe-inline'` (the Studio adds Sanity's bridge script), with
 * `script-src-attr 'none'` on reader pages. Why not a nonce or hashes (checked with Next 16.3):
 * - Every page carries inline <script>s: Next's bootstrap and the page's RSC payload (`self.__next_f.push(...)`),
 *   whose text changes with the content, plus the theme script (lib/theme-script.ts).
 * - A nonce must be new for every response. Next puts one on its scripts only when the proxy mints it per request
 *   and the page renders per request; the reader pages are ISR pages, rendered once and served to everyone from
 *   the cache, so they cannot carry one (nor could a shared cache's copy of the search page).
 * - Hashes would have to be listed in this header, which is fixed when the site is built, while the inline payload
 *   changes with every publish; Next 16 has no option that hashes its inline scripts (its experimental SRI covers
 *   only <script src> files).
 * So inline scripts are allowed, and the rest is kept tight: no script file, frame, plugin, form target or <base>
 * from another origin, no eval, no inline event handlers (`onerror=` ...) on reader pages, no framing. What keeps
 * injected markup out in the first place (React's escaping, Portable Text rendered as elements, escaped JSON-LD)
 * is listed in docs/security.md. Styles need `'unsafe-inline'` for the same reason (and for the Studio's
 * styled-components).
 */

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

export type SecurityHeaderOptions = {
  /** The canonical address is https: HSTS on every response, insecure subresources upgraded. */
  https: boolean
  /** A Sanity project is configured: the Studio and draft preview talk to Sanity's API from the browser. */
  sanityProjectId?: string
}

const SANITY_IMAGES = 'https://cdn.sanity.io'

/** Hosts the Studio (and draft preview's overlay) reach from the browser. */
function sanityConnectSources(projectId: string | undefined): string[] {
  if (!projectId) return []
  return [`https://${projectId}.api.sanity.io`, `wss://${projectId}.api.sanity.io`, `https://${projectId}.apicdn.sanity.io`, 'https://api.sanity.io']
}

function policy(directives: Record<string, readonly string[]>, https: boolean): string {
  const parts = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`)
  if (https) parts.push('upgrade-insecure-requests')
  return parts.join('; ')
}

const COMMON = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'manifest-src': ["'self'"],
} as const

/**
 * Inline event handler attributes (`<img onerror=...>`) are the usual way injected markup runs script; neither React
 * nor Next writes any (React attaches its listeners from script), so reader pages refuse them all.
 */
const NO_INLINE_HANDLERS = { 'script-src-attr': ["'none'"] } as const

/** Reader pages: everything from this origin, images also from Sanity's CDN; never framed. */
export function readerPolicy({ https }: SecurityHeaderOptions): string {
  return policy(
    { ...COMMON, ...NO_INLINE_HANDLERS, 'img-src': ["'self'", 'data:', SANITY_IMAGES], 'connect-src': ["'self'"], 'frame-ancestors': ["'none'"] },
    https,
  )
}

/**
 * Reader pages in draft mode: the Studio's Presentation tool frames them (same origin: the Studio is embedded in
 * this app), and next-sanity's overlay may talk to Sanity's API.
 */
export function draftPolicy({ https, sanityProjectId }: SecurityHeaderOptions): string {
  return policy(
    {
      ...COMMON,
      ...NO_INLINE_HANDLERS,
      'img-src': ["'self'", 'data:', 'blob:', SANITY_IMAGES],
      'connect-src': ["'self'", ...sanityConnectSources(sanityProjectId)],
      'frame-ancestors': ["'self'"],
    },
    https,
  )
}

/** The script next-sanity's NextStudio loads beside the Studio, as Sanity's own Studio does (bridge.js). */
const SANITY_STUDIO_SCRIPTS = 'https://core.sanity-cdn.com'
/** The Studio's typeface (Inter), from Sanity's design system. */
const SANITY_STUDIO_FONTS = 'https://design-system-static.sanity.io'

/**
 * The Studio: Sanity's API over https and websockets, Sanity's bridge script and typeface, images from Sanity and
 * editors' avatars (any https host), the site itself in the Presentation tool's iframe, workers from blobs. Never
 * framed.
 */
export function studioPolicy({ https, sanityProjectId }: SecurityHeaderOptions): string {
  return policy(
    {
      ...COMMON,
      'script-src': [...COMMON['script-src'], SANITY_STUDIO_SCRIPTS],
      'font-src': [...COMMON['font-src'], SANITY_STUDIO_FONTS],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'media-src': ["'self'", 'blob:', SANITY_IMAGES],
      'connect-src': ["'self'", SANITY_STUDIO_SCRIPTS, ...sanityConnectSources(sanityProjectId)],
      'frame-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'frame-ancestors': ["'none'"],
    },
    https,
  )
}

/** Powerful features the site never uses, switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

/** Two years, subdomains included: only ever sent over https (browsers ignore it over http anyway). */
export const HSTS = 'max-age=63072000; includeSubDomains'

export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  const hsts = { key: 'Strict-Transport-Security', value: HSTS }
  const rules: HeaderRule[] = [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: readerPolicy(options) },
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        ...(options.https ? [hsts] : []),
      ],
    },
    // Next's draft-mode cookie: the Presentation tool frames the page. A forged cookie gains nothing here: it only
    // lets this same origin frame the page.
    {
      source: '/:path*',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
      headers: [
        { key: 'Content-Security-Policy', value: draftPolicy(options) },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    // After the draft rule: the Studio keeps its own policy whatever cookies the editor has.
    { source: '/studio', headers: [{ key: 'Content-Security-Policy', value: studioPolicy(options) }, { key: 'X-Frame-Options', value: 'DENY' }] },
    { source: '/studio/:path*', headers: [{ key: 'Content-Security-Policy', value: studioPolicy(options) }, { key: 'X-Frame-Options', value: 'DENY' }] },
    // Answers of the API are personal (draft mode) or commands (webhook, cron): never stored by a browser or cache.
    { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
  ]
  // Behind a TLS-terminating proxy that says so (the first entry is the client's side), even when the canonical
  // address is not https.
  if (!options.https) {
    rules.push({ source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(?:\\s*,.*)?' }], headers: [hsts] })
  }
  return rules
}
