/** Site-wide settings that come from the deployment, not from the CMS. */

const DEFAULT_REVALIDATE_SECONDS = 3600

function readRevalidateSeconds(raw: string | undefined): number {
  const value = Number(raw)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_REVALIDATE_SECONDS
}

/** Canonical origin without a trailing slash, used for metadata, sitemap and feeds. */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** The build folder (next.config.ts `distDir`): tests build variants of the site side by side. */
export const distDir = process.env.NEXT_DIST_DIR || '.next'

/** Time-based fallback for every cached content read and ISR page. */
export const revalidateSeconds = readRevalidateSeconds(process.env.REVALIDATE_SECONDS)

/** How many news items one /news page lists. */
export const NEWS_PAGE_SIZE = 10

/** Fallback name used when siteSettings is missing (empty dataset). */
export const FALLBACK_SITE_TITLE = 'Windows 12 Guide'

/**
 * Redis shared by several `next start` instances (ISR cache, tag invalidations, last good content, route index).
 * Unset: each instance keeps its own file-system cache.
 */
export const redisUrl = process.env.REDIS_URL || undefined

/**
 * How many of the newest news items `next build` prerenders. Older items render on their first request and are
 * cached from then on, so the build does not grow with the archive.
 */
export const newsPrerenderCount = readCount(process.env.NEWS_PRERENDER_COUNT, 50)

function readCount(raw: string | undefined, fallback: number): number {
  const value = Number(raw)
  return raw !== undefined && raw !== '' && Number.isInteger(value) && value >= 0 ? value : fallback
}
