/** Site-wide settings that come from the deployment, not from the CMS. */

const DEFAULT_REVALIDATE_SECONDS = 3600

function readRevalidateSeconds(raw: string | undefined): number {
  const value = Number(raw)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_REVALIDATE_SECONDS
}

/** Canonical origin without a trailing slash, used for metadata, sitemap and feeds. */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** Time-based fallback for every cached content read and ISR page. */
export const revalidateSeconds = readRevalidateSeconds(process.env.REVALIDATE_SECONDS)

/** How many news items one /news page lists. */
export const NEWS_PAGE_SIZE = 10

/** Fallback name used when siteSettings is missing (empty dataset). */
export const FALLBACK_SITE_TITLE = 'Windows 12 Guide'
