/**
 * Moves content between the embedded dataset (sanity/seed/production.ndjson) and a Sanity project, through the
 * Sanity CLI. Run through npm, so the CLI gets the Node version it needs:
 *
 *   npm run dataset:import [-- --replace | --missing]   seed file -> project (first load, or reset to the seed)
 *   npm run dataset:export                              project -> seed file (published documents only)
 *
 * The project comes from NEXT_PUBLIC_SANITY_PROJECT_ID and NEXT_PUBLIC_SANITY_DATASET (environment, .env.local or
 * .env). The CLI signs in with `npm exec -- sanity login`, or a token in SANITY_AUTH_TOKEN.
 * Extra options: --dry-run prints the CLI command instead of running it; `export --from-archive <file.tar.gz>`
 * turns an archive made by `sanity dataset export` into the seed without contacting Sanity; --out <file> writes
 * the seed somewhere else.
 * Written for Node's own TypeScript support (type annotations only; .mts makes it an ES module), with no
 * dependency outside Node.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ROOT = path.join(import.meta.dirname, '..')
const SEED = path.join('sanity', 'seed', 'production.ndjson')

type Document = { _id: string; _type: string; [field: string]: unknown }

function fail(message: string): never {
  console.error(`dataset: ${message}`)
  process.exit(1)
}

/** Values from .env.local and .env, without overriding the environment (as Next.js does). */
function loadEnvFiles() {
  for (const file of ['.env.local', '.env']) {
    const full = path.join(ROOT, file)
    if (existsSync(full)) process.loadEnvFile(full)
  }
}

/** Takes `--name value` out of the arguments. */
function takeOption(args: string[], name: string): string | undefined {
  const index = args.indexOf(name)
  if (index === -1) return undefined
  const value = args[index + 1]
  if (!value || value.startsWith('--')) fail(`${name} needs a value`)
  args.splice(index, 2)
  return value
}

function takeFlag(args: string[], name: string): boolean {
  const index = args.indexOf(name)
  if (index === -1) return false
  args.splice(index, 1)
  return true
}

function project() {
  const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  if (!projectId) {
    fail('set NEXT_PUBLIC_SANITY_PROJECT_ID (and NEXT_PUBLIC_SANITY_DATASET if not "production") to the project to use; see docs/operations.md, "Connecting a real Sanity project".')
  }
  return { projectId, dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production' }
}

/** Runs the Sanity CLI installed with the project (or prints the command with --dry-run). */
function sanity(args: string[], dryRun: boolean) {
  const command = ['sanity', ...args]
  console.log(`$ ${command.join(' ')}`)
  if (dryRun) return
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'sanity.cmd' : 'sanity')
  const result = spawnSync(bin, args, { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) fail(`the Sanity CLI stopped (exit ${result.status ?? result.signal}); nothing was changed locally.`)
}

/**
 * The seed keeps published content only: drafts, versions of releases and Sanity's own records (every id with a
 * dot, such as `drafts.x` or `sanity-preview-url-secret.x`) stay in the project. Sorted by id so a new export
 * only shows real changes in a diff.
 */
function seedFromExport(ndjson: string): Document[] {
  const documents = ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const value = JSON.parse(line) as Partial<Document>
      if (typeof value._id !== 'string' || typeof value._type !== 'string') fail(`line ${index + 1} of the export is not a document`)
      return value as Document
    })
  return documents.filter((document) => !document._id.includes('.')).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** data.ndjson from an archive written by `sanity dataset export` (a gzipped tarball with one folder). */
function readArchive(archive: string): string {
  const work = mkdtempSync(path.join(tmpdir(), 'dataset-export-'))
  try {
    const result = spawnSync('tar', ['-xzf', archive, '-C', work], { encoding: 'utf8' })
    if (result.status !== 0) fail(`cannot unpack ${archive}: ${result.stderr || result.error?.message}`)
    const find = (directory: string): string | undefined => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name)
        if (entry.isFile() && entry.name === 'data.ndjson') return full
        if (entry.isDirectory()) {
          const found = find(full)
          if (found) return found
        }
      }
      return undefined
    }
    const data = find(work)
    if (!data) fail(`${archive} has no data.ndjson: is it an archive from "sanity dataset export"?`)
    return readFileSync(data, 'utf8')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function importSeed(args: string[]) {
  const dryRun = takeFlag(args, '--dry-run')
  const source = takeOption(args, '--from') ?? SEED
  const { projectId, dataset } = project()
  // Extra arguments (--replace, --missing, ...) go to the CLI unchanged.
  sanity(['dataset', 'import', source, '--project-id', projectId, '--dataset', dataset, ...args], dryRun)
}

function exportSeed(args: string[]) {
  const dryRun = takeFlag(args, '--dry-run')
  const out = path.resolve(ROOT, takeOption(args, '--out') ?? SEED)
  let archive = takeOption(args, '--from-archive')
  let work: string | undefined
  if (!archive) {
    const { projectId, dataset } = project()
    work = dryRun ? tmpdir() : mkdtempSync(path.join(tmpdir(), 'dataset-export-'))
    archive = path.join(work, `${dataset}.tar.gz`)
    // Published documents only; images and files stay in the project (the embedded dataset cannot serve them).
    sanity(['dataset', 'export', dataset, archive, '--project-id', projectId, '--no-drafts', '--no-assets', '--overwrite', ...args], dryRun)
    if (dryRun) return
  }
  try {
    const documents = seedFromExport(readArchive(archive))
    writeFileSync(out, documents.map((document) => JSON.stringify(document)).join('\n') + '\n')
    console.log(`dataset: wrote ${documents.length} published documents to ${path.relative(ROOT, out) || out}`)
  } finally {
    if (work) rmSync(work, { recursive: true, force: true })
  }
}

const [command, ...rest] = process.argv.slice(2)
loadEnvFiles()
if (command === 'import') importSeed(rest)
else if (command === 'export') exportSeed(rest)
else fail('usage: node scripts/dataset.mts import|export [options]')
