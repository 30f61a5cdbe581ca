import { readdirSync } from 'node:fs'
import path from 'node:path'

export const ROOT = path.join(__dirname, '..', '..')

/** Not application source: the tests, tooling scripts, dependencies, build output, generated and seed files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '__tests__', 'scripts', 'test-results', 'seed', 'docs', 'deploy'])

/** The application's source files (relative to the project root, with `/`), for checks that scan the code. */
export function sourceFiles(folder = ROOT): string[] {
  const files: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(full))
    else if (/\.(ts|tsx|mts|mjs|js|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts')) {
      files.push(path.relative(ROOT, full).split(path.sep).join('/'))
    }
  }
  return files
}
