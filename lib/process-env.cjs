// The settings that plain-JavaScript files Next loads by path, outside the app's bundle (cache-handler.mjs), share
// with the app. lib/site-config.ts re-exports them, so both sides read the same variable with the same default.
// Plain CommonJS because cache-handler.mjs cannot import TypeScript, and because the test runner loads CommonJS
// from both sides (types in process-env.d.cts).

/** The build folder (next.config.ts `distDir`): tests build variants of the site side by side. */
exports.distDir = process.env.NEXT_DIST_DIR || '.next'

/**
 * Redis shared by several `next start` instances (ISR cache, tag invalidations, last good content, route index).
 * Unset: each instance keeps its own file-system cache.
 */
exports.redisUrl = process.env.REDIS_URL || undefined

/** LOG_FORMAT: `json` for one JSON object per line (log shippers), plain text otherwise. */
exports.logFormat = String(process.env.LOG_FORMAT ?? '').trim().toLowerCase() === 'json' ? 'json' : 'text'

/**
 * Values the log must never show: every server-side variable whose name says it is a secret (tokens, secrets,
 * passwords; NEXT_PUBLIC_* are public by definition) and Redis's URL, which may carry a password. One list for the
 * app's log (lib/log.ts) and the server's (server/start.mjs), so both mask the same values.
 */
exports.logSecrets = Object.entries(process.env)
  .filter(([name, value]) => Boolean(value) && !name.startsWith('NEXT_PUBLIC_') && /TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(name))
  .map(([, value]) => String(value))
  .concat(exports.redisUrl ? [exports.redisUrl] : [])
