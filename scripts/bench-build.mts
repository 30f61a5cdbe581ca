/**
 * npm run bench:build: how the build grows with the news archive. Builds the site twice from cold, once on the seed
 * and once on the seed plus 1,000 published news items (BENCH_EXTRA_NEWS), and prints both times and their ratio.
 * Only the newest NEWS_PRERENDER_COUNT items are prerendered, so the ratio should stay close to 1.
 * Takes a few minutes on 2 cores; measure on a quiet machine.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ROOT = path.join(import.meta.dirname, '..')
const EXTRA = Number(process.env.BENCH_EXTRA_NEWS || 1000)
const work = mkdtempSync(path.join(tmpdir(), 'w12-bench-build-'))

function extraNews(count: number): string {
  const lines: string[] = []
  for (let index = 0; index < count; index++) {
    const day = new Date(Date.UTC(2020, 0, 1) + index * 36 * 3600 * 1000).toISOString()
    lines.push(
      JSON.stringify({
        _id: `news-bench-${index}`,
        _type: 'newsItem',
        _createdAt: day,
        _updatedAt: day,
        title: `Archive item ${index}`,
        slug: { _type: 'slug', current: `archive-item-${index}` },
        publishedAt: day,
        status: 'rumored',
        excerpt: `An older news item, number ${index}, for the build benchmark.`,
        body: [{ _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: `Archive body ${index}.`, marks: [] }] }],
      }),
    )
  }
  return lines.join('\n') + '\n'
}

function build(name: string, dataset: string): number {
  const distDir = `.next-bench-${name}`
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
  const started = performance.now()
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, SANITY_EMBEDDED_DATASET: dataset },
    encoding: 'utf8',
  })
  const seconds = (performance.now() - started) / 1000
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`next build (${name}) failed:\n${result.stdout}\n${result.stderr}`)
  return seconds
}

const seedFile = path.join(ROOT, 'sanity', 'seed', 'production.ndjson')
const grownFile = path.join(work, 'grown.ndjson')
writeFileSync(grownFile, readFileSync(seedFile, 'utf8') + extraNews(EXTRA))
try {
  const seed = build('seed', seedFile)
  console.log(`next build, seed:                      ${seed.toFixed(1)} s`)
  const grown = build('grown', grownFile)
  console.log(`next build, seed + ${EXTRA} news items:   ${grown.toFixed(1)} s`)
  console.log(`ratio: ${(grown / seed).toFixed(2)} (NEWS_PRERENDER_COUNT=${process.env.NEWS_PRERENDER_COUNT ?? 'default'})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
