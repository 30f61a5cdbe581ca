import 'server-only'

/**
 * Every Sanity-related environment variable that only the server may see (the read token, the webhook and cron
 * secrets, the API host override), read once, so the rest of the code never touches process.env directly.
 * `server-only` makes importing this module from a client component a build error. The public settings (project,
 * dataset, API version, which source is used) are read in ./env.public and re-exported here for server code.
 */

export { DEFAULT_API_VERSION, apiVersion, contentSource, dataset, projectId, type ContentSource } from './env.public'

/** Server-only settings. */
export const apiHost = process.env.SANITY_API_HOST || undefined
export const readToken = process.env.SANITY_API_READ_TOKEN || undefined

/** Hosts a request to which never leaves the machine (127.0.0.0/8, ::1, localhost). */
const LOOPBACK_HOSTNAME = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/**
 * Why the server must not start with this API host, or null. The read token goes to SANITY_API_HOST in an
 * Authorization header: over plain http anyone on the path could read it, and with it every draft. Plain http is
 * fine on loopback (the tests' stand-in of Sanity's API), never elsewhere. Checked at start-up (instrumentation.ts).
 */
export function apiHostProblem(settings: { apiHost?: string; readToken?: string } = { apiHost, readToken }): string | null {
  if (!settings.apiHost || !settings.readToken) return null
  let url: URL
  try {
    url = new URL(settings.apiHost)
  } catch {
    return `SANITY_API_HOST must be an absolute https address such as https://api.sanity.io; it is "${settings.apiHost}".`
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTNAME.test(url.hostname))) return null
  return `SANITY_API_READ_TOKEN is set and SANITY_API_HOST (${url.protocol}//${url.host}) is not https: the token would travel unencrypted. Use an https:// API host (plain http only on loopback, e.g. a local stand-in), or unset SANITY_API_READ_TOKEN.`
}

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

/** Every reason the Sanity settings are unusable, one sentence each (checked at start-up with lib/site-config's). */
export function sanityEnvironmentProblems(): string[] {
  const problems: string[] = []
  for (const [name, fallback] of [
    ['SANITY_WEBHOOK_SETTLE_MS', 3000],
    ['SANITY_WEBHOOK_MAX_AGE_SECONDS', 300],
  ] as const) {
    const raw = process.env[name]
    if (raw !== undefined && raw.trim() !== '' && !(Number.isInteger(Number(raw)) && Number(raw) >= 0)) {
      problems.push(`${name} must be a whole number of 0 or more (default ${fallback}); it is "${raw}".`)
    }
  }
  // The read token never travels over plain http beyond this machine.
  const hostProblem = apiHostProblem()
  if (hostProblem) problems.push(hostProblem)
  return problems
}
