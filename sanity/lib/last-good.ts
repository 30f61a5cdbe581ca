import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
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

export async function rememberLastGood(key: string, value: unknown): Promise<void> {
  memory.set(key, value)
  try {
    await mkdir(folder(), { recursive: true })
    // Written aside and renamed, so a reader never sees half a file.
    const file = fileFor(key)
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify({ value }))
    await rename(temporary, file)
  } catch {
    // Best effort, see above.
  }
}

/** The remembered value, or undefined when this query never succeeded here. */
export async function recallLastGood(key: string): Promise<{ value: unknown } | undefined> {
  if (memory.has(key)) return { value: memory.get(key) }
  try {
    return JSON.parse(await readFile(fileFor(key), 'utf8')) as { value: unknown }
  } catch {
    return undefined
  }
}
