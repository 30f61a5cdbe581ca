import 'server-only'
import { createClient } from '@redis/client'
import { REDIS_KEY_PREFIX, redisClientOptions } from './redis-options.cjs'
import { redisUrl } from './site-config'

/**
 * The app's own use of the shared Redis (REDIS_URL), beside Next's cache handler (cache-handler.mjs): state that
 * every instance must agree on and that Next does not cache for us, such as the last good content reads and the
 * signal that published content changed. Optional everywhere: without REDIS_URL, or while Redis is down or slow,
 * every helper here answers `undefined` at once and callers use their local copy.
 */

export { REDIS_KEY_PREFIX }
/** Slower Redis answers count as failures: a reader must not wait on the shared cache. */
const REDIS_TIMEOUT_MS = 500

type RedisClient = ReturnType<typeof connect>
type Shared = { client: RedisClient; subscriber?: RedisClient; listeners: Map<string, Set<(message: string) => void>> }
const redisGlobals = globalThis as typeof globalThis & { __windows12GuideRedis?: Shared }

function connect() {
  const client = createClient(redisClientOptions(redisUrl))
  // Outages are reported by the cache handler; here a failure only means "use the local copy".
  client.on('error', () => {})
  client.connect().catch(() => {})
  return client
}

function shared(): Shared | undefined {
  if (!redisUrl) return undefined
  if (!redisGlobals.__windows12GuideRedis) {
    redisGlobals.__windows12GuideRedis = { client: connect(), listeners: new Map() }
    onShutdown(closeRedis)
  }
  return redisGlobals.__windows12GuideRedis
}

/**
 * Runs `close` when the server shuts down (server/start.mjs calls every registered closer after the requests in
 * flight have finished). Through globalThis: the server runs outside Next's bundles.
 */
function onShutdown(close: () => Promise<void>): void {
  const hooks = globalThis as typeof globalThis & { __windows12GuideShutdownHooks?: Set<() => Promise<void>> }
  ;(hooks.__windows12GuideShutdownHooks ??= new Set()).add(close)
}

/** Closes this instance's Redis connections (at shutdown), letting commands already sent finish. */
async function closeRedis(): Promise<void> {
  const state = redisGlobals.__windows12GuideRedis
  if (!state) return
  redisGlobals.__windows12GuideRedis = undefined
  await Promise.allSettled([state.client, state.subscriber].map((client) => (client?.isOpen ? client.close() : undefined)))
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

/**
 * Whether Redis answers PING (readiness). The first call opens the connection, so it waits up to a second for it
 * before it counts Redis as down.
 */
export async function redisAnswers(): Promise<boolean> {
  const state = shared()
  if (!state) return false
  const deadline = Date.now() + 1000
  while (!state.client.isReady && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return (await withRedis((client) => client.ping())) === 'PONG'
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
