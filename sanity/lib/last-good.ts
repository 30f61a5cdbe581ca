import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { REDIS_KEY_PREFIX, withRedis } from '@/lib/redis'
import { distDir } from '@/lib/site-config'

/**
 * The last result each query returned successfully, kept so that a Sanity outage during a re-render serves the
 * previous content instead of an error. In memory, and on disk in the build's cache folder so that results
 * read during `next build`, or before a restart, count too. With REDIS_URL also in Redis, so every instance falls
 * back to the newest result any of them read, not to an older one of its own. Disk and Redis writes are best
 * effort: a read-only file system (some serverless hosts) or a Redis outage just leaves the other copies.
 */

const memory = new Map<string, unknown>()

function folder(): string {
  // The build folder only (turbopackIgnore: the path is not an input of the build, nothing to trace).
  return path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, 'cache', 'sanity-last-good')
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex')
const fileFor = (key: string) => path.join(folder(), `${hashOf(key)}.json`)
const redisKeyFor = (key: string) => `${REDIS_KEY_PREFIX}last-good:${hashOf(key)}`
/** Shared copies outlive any outage worth surviving, and do not pile up forever. */
const REDIS_TTL_SECONDS = 30 * 24 * 3600

export async function rememberLastGood(key: string, value: unknown): Promise<void> {
  memory.set(key, value)
  const json = JSON.stringify({ value })
  await withRedis((client) => client.set(redisKeyFor(key), json, { EX: REDIS_TTL_SECONDS }))
  try {
    await mkdir(folder(), { recursive: true })
    // Written aside and renamed, so a reader never sees half a file.
    const file = fileFor(key)
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, json)
    await rename(temporary, file)
  } catch {
    // Best effort, see above.
  }
}

/** The remembered value, or undefined when this query never succeeded here. */
export async function recallLastGood(key: string): Promise<{ value: unknown } | undefined> {
  const shared = await withRedis((client) => client.get(redisKeyFor(key)))
  if (typeof shared === 'string') return JSON.parse(shared) as { value: unknown }
  if (memory.has(key)) return { value: memory.get(key) }
  try {
    return JSON.parse(await readFile(fileFor(key), 'utf8')) as { value: unknown }
  } catch {
    return undefined
  }
}

/** Whether any last good result is kept here (in memory or on disk): pages can be served during a source outage. */
export async function hasLastGood(): Promise<boolean> {
  if (memory.size > 0) return true
  try {
    return (await readdir(folder())).some((name) => name.endsWith('.json'))
  } catch {
    return false
  }
}
