/**
 * The server's environment: every setting that comes from the deployment rather than the CMS, read here once.
 * The Sanity settings are read in sanity/env.ts (server) and sanity/env.public.ts (what the Studio may see); the two
 * that cache-handler.mjs needs too are read in ./process-env.cjs and re-exported here. No other file reads
 * process.env (a unit test checks it). `environmentProblems` validates the values at start-up (instrumentation.ts).
 */

import { distDir, logFormat, logSecrets, redisUrl } from './process-env.cjs'

export { distDir, logFormat, logSecrets, redisUrl }

const DEFAULT_REVALIDATE_SECONDS = 3600
const DEFAULT_SITE_URL = 'http://localhost:3000'

function readRevalidateSeconds(raw: string | undefined): number {
  const value = Number(raw)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_REVALIDATE_SECONDS
}

/** SITE_URL as the operator set it (undefined when unset). */
const configuredSiteUrl = process.env.SITE_URL?.trim() || undefined

/** Canonical origin without a trailing slash, used for metadata, sitemap and feeds. */
export const siteUrl = (configuredSiteUrl ?? DEFAULT_SITE_URL).replace(/\/+$/, '')

/** `next build` and `next start` run with NODE_ENV=production; `next dev` and tests do not. */
export const isProduction = process.env.NODE_ENV === 'production'

/** Next sets NEXT_RUNTIME to `nodejs` or `edge` in each bundle; start-up checks run only on Node. */
export const runsOnNode = process.env.NEXT_RUNTIME === 'nodejs'

/**
 * NEXT_SKIP_TYPECHECK=1: `next build` skips its type check. The test suite type-checks the whole project once
 * (`tsc --noEmit` in `npm test`) and sets it for its own builds; every other build checks types as usual.
 */
export const skipBuildTypecheck = process.env.NEXT_SKIP_TYPECHECK === '1'

/** Whether readers reach the site over https, by its canonical address (decides HSTS and upgrade-insecure-requests). */
export const siteUsesHttps = /^https:\/\//i.test(siteUrl)

/**
 * Why the site must not start with this SITE_URL, or null. A malformed value would break every page's metadata.
 * A production server with a real Sanity project must name its public address: the default (localhost) would put
 * localhost into canonical links, the sitemap and feeds of a public site. The embedded dataset (a fresh clone, a
 * demo) keeps working with no setting.
 */
export function siteUrlProblem({ hostedContent, production = isProduction }: { hostedContent: boolean; production?: boolean }): string | null {
  if (configuredSiteUrl !== undefined) {
    let url: URL | undefined
    try {
      url = new URL(configuredSiteUrl)
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      return `SITE_URL must be an absolute http(s) address such as https://windows12.example; it is "${configuredSiteUrl}".`
    }
    return null
  }
  if (production && hostedContent) {
    return 'SITE_URL is not set. A production server reading a Sanity project must know its public address (for canonical links, the sitemap and feeds): set SITE_URL, for example SITE_URL=https://windows12.example.'
  }
  return null
}

/** Time-based fallback for every cached content read and ISR page. */
export const revalidateSeconds = readRevalidateSeconds(process.env.REVALIDATE_SECONDS)

const LOCAL_HOSTNAME = /^(localhost|.*\.localhost|.*\.local|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i

/** A public https origin: the only kind of address a search engine should index by default. */
function isPublicHttpsOrigin(origin: string): boolean {
  try {
    const url = new URL(origin)
    return url.protocol === 'https:' && !LOCAL_HOSTNAME.test(url.hostname)
  } catch {
    return false
  }
}

/**
 * Whether search engines may index this deployment (robots.txt allows readers' pages only when true).
 * SITE_INDEXING=on|off decides when set; otherwise indexing is on only for a public https SITE_URL, and never for a
 * deployment that says it is not production (Vercel's preview and development deployments set VERCEL_ENV), so a
 * preview or a local run is not indexed by accident.
 */
export function decideIndexing(env: { SITE_INDEXING?: string; SITE_URL?: string; VERCEL_ENV?: string }): boolean {
  const explicit = env.SITE_INDEXING?.trim().toLowerCase()
  if (explicit === 'on') return true
  if (explicit === 'off') return false
  if (env.VERCEL_ENV && env.VERCEL_ENV !== 'production') return false
  return Boolean(env.SITE_URL) && isPublicHttpsOrigin(env.SITE_URL as string)
}

export const siteIndexing = decideIndexing({
  SITE_INDEXING: process.env.SITE_INDEXING,
  SITE_URL: process.env.SITE_URL,
  VERCEL_ENV: process.env.VERCEL_ENV,
})

/** How many news items one /news page lists. */
export const NEWS_PAGE_SIZE = 10

/** How many guides one /guides page lists (the navigation's guides first, in its order, then every other guide). */
export const GUIDE_LIST_PAGE_SIZE = 24

/** How many questions one page of an FAQ section lists (/faq/<section>, then /faq/<section>/page/N). */
export const FAQ_PAGE_SIZE = 20

/** How many questions of each section the FAQ overview (/faq) shows before it links the section's own page. */
export const FAQ_PREVIEW_SIZE = 5

/** How many news items the feeds carry, newest first. */
export const NEWS_FEED_SIZE = 30

/** Fallback name used when siteSettings is missing (empty dataset). */
export const FALLBACK_SITE_TITLE = 'Windows 12 Guide'

/**
 * How many of the newest news items `next build` prerenders. Older items render on their first request and are
 * cached from then on, so the build does not grow with the archive.
 */
export const newsPrerenderCount = readCount(process.env.NEWS_PRERENDER_COUNT, 20)

/**
 * How many guides (the first in hub order: the navigation's, which the hub shows) `next build` prerenders, with
 * their preview images; like news, the others render on their first request. Each prerendered page costs build
 * time at size (docs/scale.md).
 */
export const guidePrerenderCount = readCount(process.env.GUIDE_PRERENDER_COUNT, 24)

function readCount(raw: string | undefined, fallback: number): number {
  const value = Number(raw)
  return raw !== undefined && raw !== '' && Number.isInteger(value) && value >= 0 ? value : fallback
}

/**
 * The NDJSON file the embedded source reads (SANITY_EMBEDDED_DATASET), or undefined for the committed seed. Here
 * rather than in sanity/env.ts (server-only) because the test tooling loads the embedded source outside Next. A
 * function, read on every call, because tests point one process at several files in turn.
 */
export const configuredEmbeddedDataset = (): string | undefined => process.env.SANITY_EMBEDDED_DATASET || undefined

/** The raw values the checks below look at (the readers above fall back to defaults; the checks say why). */
const rawSettings = {
  REVALIDATE_SECONDS: process.env.REVALIDATE_SECONDS,
  NEWS_PRERENDER_COUNT: process.env.NEWS_PRERENDER_COUNT,
  GUIDE_PRERENDER_COUNT: process.env.GUIDE_PRERENDER_COUNT,
  SITE_INDEXING: process.env.SITE_INDEXING,
  REDIS_URL: redisUrl,
}

const isSet = (raw: string | undefined): raw is string => raw !== undefined && raw.trim() !== ''

/**
 * Every reason this server's environment is unusable, one clear sentence each naming the variable, or an empty
 * list. Checked once when the server starts (lib/startup-check.ts), so a typo stops the start instead of silently
 * becoming the default. `hostedContent`: a Sanity project is configured (see siteUrlProblem).
 */
export function environmentProblems({ hostedContent, production = isProduction }: { hostedContent: boolean; production?: boolean }): string[] {
  const problems: string[] = []
  const siteUrl = siteUrlProblem({ hostedContent, production })
  if (siteUrl) problems.push(siteUrl)
  const { REVALIDATE_SECONDS, NEWS_PRERENDER_COUNT, GUIDE_PRERENDER_COUNT, SITE_INDEXING, REDIS_URL } = rawSettings
  if (isSet(REVALIDATE_SECONDS) && !(Number.isInteger(Number(REVALIDATE_SECONDS)) && Number(REVALIDATE_SECONDS) > 0)) {
    problems.push(`REVALIDATE_SECONDS must be a whole number of seconds above 0 (default ${DEFAULT_REVALIDATE_SECONDS}); it is "${REVALIDATE_SECONDS}".`)
  }
  for (const [name, raw, fallback] of [
    ['NEWS_PRERENDER_COUNT', NEWS_PRERENDER_COUNT, 20],
    ['GUIDE_PRERENDER_COUNT', GUIDE_PRERENDER_COUNT, 24],
  ] as const) {
    if (isSet(raw) && !(Number.isInteger(Number(raw)) && Number(raw) >= 0)) {
      problems.push(`${name} must be a whole number of 0 or more (default ${fallback}); it is "${raw}".`)
    }
  }
  if (isSet(SITE_INDEXING) && !['on', 'off'].includes(SITE_INDEXING.trim().toLowerCase())) {
    problems.push(`SITE_INDEXING must be "on" or "off" (unset: on only for a public https SITE_URL); it is "${SITE_INDEXING}".`)
  }
  if (isSet(REDIS_URL) && !/^rediss?:\/\/[^\s]+$/i.test(REDIS_URL.trim())) {
    problems.push(`REDIS_URL must be a redis:// or rediss:// address such as redis://cache.internal:6379; it is "${REDIS_URL}".`)
  }
  return problems
}


