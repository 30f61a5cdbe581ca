// How every Redis connection of the site is made: Next's cache handler (cache-handler.mjs) and the app's own
// shared state (lib/redis.ts) connect the same way and share one key prefix. CommonJS, like ./process-env.cjs,
// because cache-handler.mjs runs outside the app's bundle (types in redis-options.d.cts).

/** Every key and channel the site writes starts with this, so one Redis can serve other applications too. */
exports.REDIS_KEY_PREFIX = 'windows12-guide:'

/**
 * Options for @redis/client's createClient: a short connect timeout, reconnection backing off to 5 s, and no
 * offline queue, so a command fails at once while Redis is down and the caller answers from its local copy.
 */
exports.redisClientOptions = (url) => ({
  url,
  socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5000) },
  disableOfflineQueue: true,
})
