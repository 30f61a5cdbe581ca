/**
 * `npm run bench -- --scale`: the site at the seed's size and at a large generated dataset (10,000 more news items,
 * 200 more guides, 300 more FAQ entries; scripts/dataset-synth.mts), measured side by side in one run: build time
 * and peak memory, bytes per page kind, cached-page throughput and p99, list-page link counts, server memory after
 * the requests. Figures are printed, never asserted.
 *
 * Each size gets its own build (BENCH_SCALE_REUSE=1 reuses the builds of an earlier run, in .next-bench-seed and
 * .next-bench-large) and its own `next start`. Other figures at both sizes (search, flood) plug in through
 * `ScaleFigures` below: bench.mts passes a list of them.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

export type Figure = { rps: number; p99: string }
export type ScaleSite = { size: 'seed' | 'large'; url: string; pid: number; dataset: string }

/** What bench.mts lends this module: its process handling and its measuring tools. */
export type BenchTools = {
  root: string
  work: string
  startNext: (env: Record<string, string>, distDir: string) => Promise<{ url: string; pid: number }>
  /** nginx with deploy/nginx/front-cache.conf in front of `app` (its own folder `name`); returns its URL. */
  startFrontCache: (app: string, name: string) => Promise<string>
  download: (url: string) => Promise<Buffer>
  wrk: (url: string, connections?: number) => Figure
}

/**
 * More rows for the side-by-side table, measured on both sites while they run (search req/s and p99, flood figures:
 * scripts/lib/search-bench.mts). Each returns its rows as label -> value per size.
 */
export type ScaleFigures = (sites: { seed: ScaleSite; large: ScaleSite }, tools: BenchTools) => Promise<Row[]>
export type Row = { label: string; seed: string; large: string; note?: string }

export const LARGE_DATASET = { news: 10_000, guides: 200, faqs: 300 }
const BUILD_DIRS = { seed: '.next-bench-seed', large: '.next-bench-large' } as const

/** Resident memory of a process and all its descendants, in bytes (from ps). */
function treeRss(rootPid: number): number {
  const result = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
  const rows = result.stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const [pid, ppid, kb] of rows) {
    rss.set(pid, kb * 1024)
    children.set(ppid, [...(children.get(ppid) ?? []), pid])
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** `next build` of one size, timed, with the peak memory of its whole process tree (sampled every 200 ms). */
async function build(tools: BenchTools, distDir: string, dataset: string): Promise<{ seconds: number; peakBytes: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [path.join(tools.root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: tools.root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, SANITY_EMBEDDED_DATASET: dataset },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  let peakBytes = 0
  const sampler = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRss(child.pid!))
  }, 200)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(sampler)
  if (code !== 0) throw new Error(`next build (${distDir}) failed:\n${output.slice(-3000)}`)
  return { seconds: (performance.now() - started) / 1000, peakBytes }
}

/** The links of the pagination bar of a list page, and of the whole page. */
function linkCounts(html: string): { pagination: number; page: number } {
  const nav = /<nav class="pagination"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? ''
  return { pagination: (nav.match(/<a /g) ?? []).length, page: (html.match(/<a /g) ?? []).length }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export async function scaleBench(tools: BenchTools, datasets: { seed: string; large: string }, more: ScaleFigures[] = []): Promise<void> {
  const rows: Row[] = []
  const reuse = process.env.BENCH_SCALE_REUSE === '1'

  // Builds one after the other: side by side they would fight over the same cores.
  const builds: Partial<Record<'seed' | 'large', { seconds: number; peakBytes: number }>> = {}
  for (const size of ['seed', 'large'] as const) {
    if (reuse && existsSync(path.join(tools.root, BUILD_DIRS[size], 'BUILD_ID'))) continue
    console.error(`bench --scale: next build at the ${size} size ...`)
    builds[size] = await build(tools, BUILD_DIRS[size], datasets[size])
  }
  if (builds.seed && builds.large) {
    rows.push({
      label: 'build time',
      seed: `${builds.seed.seconds.toFixed(0)} s`,
      large: `${builds.large.seconds.toFixed(0)} s`,
      note: `${(builds.large.seconds / builds.seed.seconds).toFixed(2)} x (budget 2.5 x)`,
    })
    rows.push({ label: 'build peak memory', seed: mb(builds.seed.peakBytes), large: mb(builds.large.peakBytes), note: 'all build processes (budget 1.5 GB)' })
  } else rows.push({ label: 'build', seed: 'reused', large: 'reused' })

  const sites = {} as { seed: ScaleSite; large: ScaleSite }
  for (const size of ['seed', 'large'] as const) {
    const { url, pid } = await tools.startNext({ SANITY_EMBEDDED_DATASET: datasets[size] }, BUILD_DIRS[size])
    sites[size] = { size, url, pid, dataset: datasets[size] }
  }

  // A news item, the middle news list page, an "Other guides" page and the last page of an FAQ section, as each site
  // links them.
  const routes = async (site: ScaleSite) => {
    const news = (await tools.download(`${site.url}/news`)).toString('utf8')
    const item = /href="(\/news\/(?!page\/)[a-z0-9-]+)"/.exec(news)?.[1] ?? '/news'
    const lastPage = Number(/Page 1 of (\d+)\./.exec(news)?.[1] ?? 1)
    const guides = (await tools.download(`${site.url}/guides`)).toString('utf8')
    const guidePages = Number(/Page 1 of (\d+)\./.exec(guides)?.[1] ?? 1)
    const faqSection = (await tools.download(`${site.url}/faq/release`)).toString('utf8')
    const faqSectionPages = Number(/Page 1 of (\d+)\./.exec(faqSection)?.[1] ?? 1)
    return {
      hub: '/',
      guide: '/windows-12-iso-download',
      'news item': item,
      faq: '/faq',
      '/news': '/news',
      'news page N': lastPage > 1 ? `/news/page/${Math.ceil(lastPage / 2)}` : '/news',
      '/guides': '/guides',
      'guides page N': guidePages > 1 ? `/guides/page/${guidePages}` : '/guides',
      'faq section': '/faq/release',
      'faq section page N': faqSectionPages > 1 ? `/faq/release/page/${faqSectionPages}` : '/faq/release',
    }
  }
  const pages: Record<'seed' | 'large', Record<string, string>> = { seed: await routes(sites.seed), large: await routes(sites.large) }

  const html: Record<'seed' | 'large', Record<string, string>> = { seed: {}, large: {} }
  for (const size of ['seed', 'large'] as const) {
    for (const [name, route] of Object.entries(pages[size])) html[size][name] = (await tools.download(sites[size].url + route)).toString('utf8')
  }
  for (const name of Object.keys(pages.seed)) {
    rows.push({ label: `bytes: ${name}`, seed: kb(Buffer.byteLength(html.seed[name])), large: kb(Buffer.byteLength(html.large[name])) })
  }
  for (const name of ['/news', 'news page N', '/guides', 'guides page N', 'faq section', 'hub']) {
    const [seed, large] = [linkCounts(html.seed[name]), linkCounts(html.large[name])]
    rows.push({ label: `links: ${name}`, seed: `${seed.pagination} / ${seed.page}`, large: `${large.pagination} / ${large.page}`, note: 'pagination / whole page' })
  }
  rows.push({ label: 'news list pages', seed: /Page 1 of (\d+)/.exec(html.seed['/news'])?.[1] ?? '1', large: /Page 1 of (\d+)/.exec(html.large['/news'])?.[1] ?? '1' })

  for (const name of ['guide', 'hub', '/news', 'news page N']) {
    const figures = {} as Record<'seed' | 'large', Figure>
    for (const size of ['seed', 'large'] as const) figures[size] = tools.wrk(sites[size].url + pages[size][name])
    rows.push({
      label: `cached ${name}`,
      seed: `${Math.round(figures.seed.rps)} req/s, p99 ${figures.seed.p99}`,
      large: `${Math.round(figures.large.rps)} req/s, p99 ${figures.large.p99}`,
    })
  }

  // Other modules' figures on the same running sites (search, flood).
  for (const figures of more) rows.push(...(await figures(sites, tools)))

  rows.push({ label: 'server RSS after the bench', seed: mb(treeRss(sites.seed.pid)), large: mb(treeRss(sites.large.pid)), note: 'budget 800 MB' })

  console.log('\nScale: the seed side by side with the large dataset', `(seed + ${LARGE_DATASET.news} news, ${LARGE_DATASET.guides} guides, ${LARGE_DATASET.faqs} FAQs)\n`)
  const width = Math.max(...rows.map((row) => row.label.length))
  const column = Math.max(12, ...rows.flatMap((row) => [row.seed.length, row.large.length]))
  console.log(`${''.padEnd(width)}  ${'seed'.padStart(column)}  ${'large'.padStart(column)}`)
  for (const row of rows) console.log(`${row.label.padEnd(width)}  ${row.seed.padStart(column)}  ${row.large.padStart(column)}${row.note ? `  (${row.note})` : ''}`)
}
