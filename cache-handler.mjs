// Next's ISR and data cache, shared by every instance through Redis. next.config.ts loads this file only when
// REDIS_URL is set at `next start`; without it Next keeps its own file-system cache and nothing here runs.
//
// Built on @fortedigital/nextjs-cache-handler (maintained, made for Next 16's cache-handler API and
// revalidateTag(tag, profile)): its redis-strings handler stores entries with their tags and, on revalidateTag,
// deletes every entry carrying the tag, so a webhook received by one instance refreshes all of them.
//
// Plain JavaScript: Next loads it by path at run time, outside the app's bundle, so it cannot import the app's
// TypeScript settings module; it reads its settings from lib/process-env.cjs, which lib/site-config.ts re-exports.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { distDir, logFormat, redisUrl } from './lib/process-env.cjs'
import { REDIS_KEY_PREFIX, redisClientOptions } from './lib/redis-options.cjs'
import { formatLogLine } from './lib/log-line.cjs'

/** A Redis call that takes longer than this counts as a failure (the local copy answers instead). */
const REDIS_TIMEOUT_MS = 1000

function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), distDir, 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unknown-build'
  }
}

/** One line in the server's log format (LOG_FORMAT), with Redis's URL (it may hold a password) masked. */
function logError(message) {
  console.error(formatLogLine({ level: 'error', scope: 'cache', message, format: logFormat, secrets: [redisUrl] }))
}

/** Logs a failure once per kind until the next success, so an outage does not flood the log. */
function createOutageLog() {
  const reported = new Set()
  return {
    failed(kind, error) {
      if (reported.has(kind)) return
      reported.add(kind)
      logError(`Redis ${kind} failed; this instance serves from its local copy until Redis answers. ${error?.message ?? error}`)
    },
    recovered() {
      if (reported.size === 0) return
      reported.clear()
      logError('Redis answers again; the shared cache is back in use.')
    },
  }
}

function configure() {
  // Keys are per build: pages rendered by an older deployment reference its own script files.
  const keyPrefix = `${REDIS_KEY_PREFIX}${buildId()}:`
  const log = createOutageLog()
  const client = createClient(redisClientOptions(redisUrl))
  client.on('error', (error) => log.failed('connection', error))
  client.on('ready', () => {
    log.recovered()
    replayPendingRevalidations()
  })
  // Not awaited: an instance starts (and serves from its local copy) even when Redis is down.
  client.connect().catch((error) => log.failed('connection', error))
  // Closed when the server shuts down (server/start.mjs), after the requests in flight have finished.
  ;(globalThis.__windows12GuideShutdownHooks ??= new Set()).add(async () => {
    if (client.isOpen) await client.close()
  })

  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS, keyExpirationStrategy: 'EXAT' })

  // Tags revalidated while Redis was unreachable are replayed when it is back, so shared entries rendered before
  // the outage cannot outlive a webhook that arrived during it.
  const pendingTags = new Set()
  async function replayPendingRevalidations() {
    for (const tag of [...pendingTags]) {
      try {
        await redis.revalidateTag(tag)
        pendingTags.delete(tag)
      } catch (error) {
        log.failed('revalidation replay', error)
        return
      }
    }
  }

  // This instance's own copy, read only when Redis fails. It mirrors what Redis last answered for each key (entries
  // deleted there by another instance's webhook are deleted here on the next read), so an outage serves the page
  // the cluster last served, not an older one this instance happened to render.
  const local = createLruHandler({ maxItemsNumber: 2000 })

  const shared = {
    name: 'redis',
    async get(key, meta) {
      try {
        const value = await redis.get(key, meta)
        log.recovered()
        if (value) await local.set(key, value)
        else await local.delete(key)
        return value
      } catch (error) {
        log.failed('read', error)
        throw error
      }
    },
    async set(key, value, context) {
      try {
        await redis.set(key, value, context)
      } catch (error) {
        log.failed('write', error)
        throw error
      }
    },
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag)
      } catch (error) {
        pendingTags.add(tag)
        log.failed('revalidation', error)
        throw error
      }
    },
    async delete(key) {
      await redis.delete?.(key)
    },
  }
  // Read in order: Redis first; this instance's own memory only when Redis fails. Writes go to both.
  return { handlers: [shared, local] }
}

CacheHandler.onCreation(() => {
  globalThis.__windows12GuideCacheConfig ??= configure()
  return globalThis.__windows12GuideCacheConfig
})

export default CacheHandler
