import 'server-only'
import { createClient } from '@redis/client'
import { redisUrl } from './site-config'

/**
 * The app's own use of the shared Redis (REDIS_URL), beside Next's cache handler (cache-handler.mjs): state that
 * every instance must agree on and that Next does not cache for us, such as the last good content reads and the
 * signal that published content changed. Optional everywhere: without REDIS_URL, or while Redis is down or slow,
 * every helper here answers `undefined` at once and callers use their local copy.
 */

export const REDIS_KEY_PREFIX = 'windows12-guide:'
/** Slower Redis answers count as failures: a reader must not wait on the shared cache. */
const REDIS_TIMEOUT_MS = 500

type RedisClient = ReturnType<typeof connect>
type Shared = { client: RedisClient; subscriber?: RedisClient; listeners: Map<string, Set<(message: string) => void>> }
const store = globalThis as typeof globalThis & { __windows12GuideRedis?: Shared }

function connect() {
  const client = createClient({
    url: redisUrl,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries: number) => Math.min(250 * 2 ** retries, 5000) },
    // While disconnected, commands fail at once instead of waiting in a queue.
    disableOfflineQueue: true,
  })
  // Outages are reported by the cache handler; here a failure only means "use the local copy".
  client.on('error', () => {})
  client.connect().catch(() => {})
  return client
}

function shared(): Shared | undefined {
  if (!redisUrl) return undefined
  store.__windows12GuideRedis ??= { client: connect(), listeners: new Map() }
  return store.__windows12GuideRedis
}

/** Runs one Redis command with a deadline; undefined when Redis is not configured, not connected, slow or failing. */
export async function withRedis<T>(command: (client: RedisClient) => Promise<T>): Promise<T | undefined> {
  const state = shared()
  if (!state?.client.isReady) return undefined
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      command(state.client),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), REDIS_TIMEOUT_MS)
      }),
    ])
  } catch {
    return undefined
  } finally {
    clearTimeout(timer)
  }
}

/** Tells every instance (this one included) that `channel` happened, with `message` (default: the time). Best effort. */
export async function broadcast(channel: string, message: string = String(Date.now())): Promise<void> {
  await withRedis((client) => client.publish(REDIS_KEY_PREFIX + channel, message))
}

/** Calls `listener` with the message whenever any instance broadcasts on `channel`. Without REDIS_URL, never. */
export function onBroadcast(channel: string, listener: (message: string) => void): void {
  const state = shared()
  if (!state) return
  const name = REDIS_KEY_PREFIX + channel
  let listeners = state.listeners.get(name)
  if (listeners?.has(listener)) return
  if (!listeners) {
    listeners = new Set()
    state.listeners.set(name, listeners)
    state.subscriber ??= (() => {
      const subscriber = state.client.duplicate()
      subscriber.on('error', () => {})
      subscriber.connect().catch(() => {})
      return subscriber
    })()
    const subscribed = listeners
    // node-redis re-subscribes by itself after a reconnect.
    state.subscriber.subscribe(name, (message: string) => subscribed.forEach((call) => call(message))).catch(() => {})
  }
  listeners.add(listener)
}
