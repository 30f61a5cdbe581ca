import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/*
 * The committed query and schema types (sanity.types.ts, from sanity/extract.json) must match the schema and the
 * queries. The check regenerates them with `npm run typegen` in a scratch copy of the sources, so the working
 * tree is never touched, and compares. About 20 seconds.
 */
jest.setTimeout(180_000)

const ROOT = path.join(__dirname, '..', '..')
/** What typegen reads: the CLI and Studio configs, the schema, and every file that may hold a defineQuery. */
const SOURCES = ['package.json', 'tsconfig.json', 'sanity.cli.ts', 'sanity.config.ts', 'sanity', 'app', 'components', 'lib']
const GENERATED = ['sanity.types.ts', path.join('sanity', 'extract.json')]

let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'w12-typegen-'))
  for (const source of SOURCES) cpSync(path.join(ROOT, source), path.join(scratch, source), { recursive: true })
  for (const file of GENERATED) rmSync(path.join(scratch, file), { force: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir')
  const result = spawnSync('npm', ['run', 'typegen'], { cwd: scratch, encoding: 'utf8', timeout: 170_000 })
  if (result.status !== 0) throw new Error(`npm run typegen failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
})

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/** The first differing line, to point at what changed. */
function firstDifference(committed: string, fresh: string): string {
  const a = committed.split('\n')
  const b = fresh.split('\n')
  const index = a.findIndex((line, i) => line !== b[i])
  const at = index === -1 ? a.length : index
  return `line ${at + 1}:\n  committed: ${a[at] ?? '(end of file)'}\n  generated: ${b[at] ?? '(end of file)'}`
}

describe('generated Sanity types', () => {
  it.each(GENERATED)('%s is up to date with the schema and the queries', (file) => {
    const committed = readFileSync(path.join(ROOT, file), 'utf8')
    const fresh = readFileSync(path.join(scratch, file), 'utf8')
    if (committed !== fresh) {
      throw new Error(`${file} is stale: run \`npm run typegen\` and commit the result.\nFirst difference at ${firstDifference(committed, fresh)}`)
    }
  })

  it('has a result type for every query, wherever it is defined', () => {
    // Queries live beside the readers and modules that run them (sanity/lib/content/*, route-index, ...).
    const files = readdirSync(path.join(ROOT, 'sanity'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
    const queries = files.flatMap((file) =>
      [...readFileSync(path.join(ROOT, 'sanity', file), 'utf8').matchAll(/export const (\w+) = defineQuery\(/g)].map((match) => match[1]),
    )
    expect(queries.length).toBeGreaterThan(20)
    const types = readFileSync(path.join(scratch, 'sanity.types.ts'), 'utf8')
    for (const query of queries) expect(types).toContain(`export type ${query}_RESULT =`)
  })
})
