/**
 * Every Sanity-related environment variable is read here, once, so the rest of the code never touches
 * process.env directly. A project id selects the hosted source; without one the embedded dataset is used.
 */

/** The API version the queries are written against; pinned so a Sanity API change cannot alter results silently. */
export const DEFAULT_API_VERSION = '2025-01-01'

export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || undefined
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_API_VERSION

/** Server-only settings. */
export const apiHost = process.env.SANITY_API_HOST || undefined
export const readToken = process.env.SANITY_API_READ_TOKEN || undefined

export type ContentSource = 'hosted' | 'embedded'
export const contentSource: ContentSource = projectId ? 'hosted' : 'embedded'

/** Webhook signing secret; without it the revalidation webhook refuses every call. */
export const revalidateSecret = process.env.SANITY_REVALIDATE_SECRET || undefined

function readNonNegativeInt(raw: string | undefined, fallback: number): number {
  const value = Number(raw)
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback
}

/**
 * How long the webhook waits after a valid call before expiring caches. Sanity sends the webhook as soon as the
 * mutation is accepted, and a query right after it may still read the previous version (the Content Lake is
 * eventually consistent), which would cache stale content under fresh tags. 3 s is next-sanity's default; tests
 * set 0.
 */
export const webhookSettleMs = readNonNegativeInt(process.env.SANITY_WEBHOOK_SETTLE_MS, 3000)

/** Signatures older or newer than this are refused as replays. */
export const webhookMaxAgeSeconds = readNonNegativeInt(process.env.SANITY_WEBHOOK_MAX_AGE_SECONDS, 300)

/** Bearer secret of the cron route; without it the route refuses every call. */
export const cronSecret = process.env.CRON_SECRET || undefined
