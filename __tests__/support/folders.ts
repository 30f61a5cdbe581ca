import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Bytes of every file under `folder`, to show that a flood of requests did not grow a build folder. */
export function folderBytes(folder: string): number {
  let total = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size
  }
  return total
}
