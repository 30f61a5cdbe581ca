import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The last result each query returned successfully, kept so that a Sanity outage during a re-render serves the
 * previous content instead of an error. In memory, and on disk in the build's cache folder so that results
 * read during `next build`, or before a restart, count too. Disk writes are best effort: a read-only file system
 * (some serverless hosts) just leaves the memory copy.
 */

const memory = new Map<string, unknown>()

function folder(): string {
  // The same distDir next.config.ts uses.
  return path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'cache', 'sanity-last-good')
}

const fileFor = (key: string) => path.join(folder(), `${createHash('sha256').update(key).digest('hex')}.json`)

export function rememberLastGood(key: string, value: unknown): void {
  memory.set(key, value)
  try {
    mkdirSync(folder(), { recursive: true })
    writeFileSync(fileFor(key), JSON.stringify({ value }))
  } catch {
    // Best effort, see above.
  }
}

/** The remembered value, or undefined when this query never succeeded here. */
export function recallLastGood(key: string): { value: unknown } | undefined {
  if (memory.has(key)) return { value: memory.get(key) }
  try {
    return JSON.parse(readFileSync(fileFor(key), 'utf8')) as { value: unknown }
  } catch {
    return undefined
  }
}
