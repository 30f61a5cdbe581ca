// The settings that plain-JavaScript files Next loads by path, outside the app's bundle (cache-handler.mjs), share
// with the app. lib/site-config.ts re-exports them, so both sides read the same variable with the same default.
// Plain JavaScript because cache-handler.mjs cannot import TypeScript; types in process-env.d.mts.

/** The build folder (next.config.ts `distDir`): tests build variants of the site side by side. */
export const distDir = process.env.NEXT_DIST_DIR || '.next'

/**
 * Redis shared by several `next start` instances (ISR cache, tag invalidations, last good content, route index).
 * Unset: each instance keeps its own file-system cache.
 */
export const redisUrl = process.env.REDIS_URL || undefined
