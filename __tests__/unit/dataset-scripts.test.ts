/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseDataset } from '@/sanity/lib/embedded'
import { toNdjson } from '../support/seed'

/*
 * `npm run dataset:import` / `dataset:export` (scripts/dataset.mts). Sanity's API cannot be reached from tests,
 * so the CLI calls are checked as commands (--dry-run), and the export's conversion of an archive into the seed
 * runs for real on an archive in the format `sanity dataset export` writes.
 */

const ROOT = path.join(__dirname, '..', '..')
const SCRIPT = path.join(ROOT, 'scripts', 'dataset.mts')
const work = mkdtempSync(path.join(tmpdir(), 'w12-dataset-'))

/** Runs the script as npm does; an empty project id overrides any .env.local of the developer's machine. */
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SANITY_DATASET: '', ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('dataset:import', () => {
  it('stops without a project id, saying which variable to set', () => {
    const { code, stderr, stdout } = run(['import'])
    expect(code).toBe(1)
    expect(stderr).toContain('set NEXT_PUBLIC_SANITY_PROJECT_ID')
    expect(stdout).not.toContain('sanity dataset')
  })

  it('imports the seed into the configured project and dataset, passing options such as --replace on', () => {
    const { code, stdout } = run(['import', '--dry-run', '--replace'], { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SANITY_DATASET: 'staging' })
    expect(code).toBe(0)
    expect(stdout.trim()).toBe('$ sanity dataset import sanity/seed/production.ndjson --project-id abc123 --dataset staging --replace')
  })
})

describe('dataset:export', () => {
  it('exports published documents of the configured dataset, without assets', () => {
    const { code, stdout } = run(['export', '--dry-run'], { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\$ sanity dataset export production \S+production\.tar\.gz --project-id abc123 --no-drafts --no-assets --overwrite$/m)
  })

  it('turns an export archive into the seed: published documents only, sorted by id, readable by the embedded source', () => {
    const folder = path.join(work, 'archive', 'production-export-2026-11-20')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      path.join(folder, 'data.ndjson'),
      toNdjson([
        { _id: 'guide-b', _type: 'guide', title: 'B' },
        { _id: 'drafts.guide-b', _type: 'guide', title: 'B (draft)' },
        { _id: 'versions.r1.guide-b', _type: 'guide', title: 'B (release)' },
        { _id: 'sanity-preview-url-secret.x', _type: 'sanity.previewUrlSecret', secret: 's' },
        { _id: 'faq-a', _type: 'faq', question: 'A?' },
      ]),
    )
    writeFileSync(path.join(folder, 'assets.json'), '{}')
    const archive = path.join(work, 'production.tar.gz')
    expect(spawnSync('tar', ['-czf', archive, '-C', path.join(work, 'archive'), '.']).status).toBe(0)
    const out = path.join(work, 'seed.ndjson')

    const { code, stdout, stderr } = run(['export', '--from-archive', archive, '--out', out])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toContain('wrote 2 published documents')
    const text = readFileSync(out, 'utf8')
    expect(parseDataset(text, out).map((document) => document._id)).toEqual(['faq-a', 'guide-b'])
    expect(text).not.toContain('draft')
    expect(text).not.toContain('secret')
  })

  it('refuses a file that is not an export archive, and leaves the seed alone', () => {
    const bogus = path.join(work, 'not-an-archive.tar.gz')
    writeFileSync(bogus, 'hello')
    const before = readFileSync(path.join(ROOT, 'sanity', 'seed', 'production.ndjson'), 'utf8')
    const { code, stderr } = run(['export', '--from-archive', bogus])
    expect(code).toBe(1)
    expect(stderr).toContain('cannot unpack')
    expect(readFileSync(path.join(ROOT, 'sanity', 'seed', 'production.ndjson'), 'utf8')).toBe(before)
  })
})
