// Types of redis-options.cjs, for the TypeScript that imports it (lib/redis.ts).
export declare const REDIS_KEY_PREFIX: string
export declare function redisClientOptions(url: string | undefined): {
  url: string | undefined
  socket: { connectTimeout: number; reconnectStrategy: (retries: number) => number }
  disableOfflineQueue: true
}
