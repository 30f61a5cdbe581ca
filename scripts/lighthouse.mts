/**
 * Lighthouse (mobile preset) on the pages readers land on: the hub, a guide, a news item and the FAQ. Each page is
 * measured several times and the median of each category is printed, with the client JavaScript each page
 * loads (gzip -9 of every `<script src>` a modern browser runs, the figure compared with a bare Next.js page).
 *
 *   npm run build && npm run lighthouse                 starts `next start` on the existing build, then measures
 *   npm run lighthouse -- --url http://host:port        measures a site that is already running
 *   options: --runs 3   --dist .next   --pages /,/some-guide,/news/some-item,/faq
 *
 * Chromium: CHROME_PATH, default /usr/bin/chromium (Debian's; scripts/ensure-chromium.sh installs it). Figures
 * depend on the machine: measure on a quiet one (a build running beside it costs 15-20 performance points).
 * Written for Node's own TypeScript support (type annotations only), with no dependency beyond lighthouse.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { freePort } from './lib/free-port.mts'

const ROOT = path.join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
// What ENVIRONMENT.md found to work here: headless, and no background traffic into the closed network.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ')

function fail(message: string): never {
  console.error(`lighthouse: ${message}`)
  process.exit(1)
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  if (index === -1) return undefined
  const value = process.argv[index + 1]
  if (!value || value.startsWith('--')) fail(`--${name} needs a value`)
  return value
}

/** `next start` on the existing build in `dist`; resolves once it answers. */
async function startNext(dist: string): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(path.join(ROOT, dist, 'BUILD_ID'))) fail(`no build in ${dist}: run \`npm run build\` first (or pass --url).`)
  const port = await freePort()
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    // Indexing on, as in production: a local address otherwise makes robots.txt disallow everything (see
    // SITE_INDEXING in docs/operations.md), which Lighthouse's SEO audit rightly reports as a page search engines cannot crawl.
    env: { SITE_INDEXING: 'on', ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) fail(`next start exited with ${child.exitCode}`)
    try {
      await fetch(url)
      return { url, child }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  child.kill()
  fail('next start did not answer within 30 s')
}

/** The hub links to every guide and the latest news: the first of each is measured. */
async function discoverPages(base: string): Promise<string[]> {
  const hub = await (await fetch(base + '/')).text()
  const hrefs = [...hub.matchAll(/class="card-link" href="(\/[^"#?]*)"/g)].map((match) => match[1])
  const guide = hrefs.find((href) => !href.startsWith('/news/'))
  const news = hrefs.find((href) => href.startsWith('/news/'))
  if (!guide || !news) fail('could not find a guide and a news item linked from the hub; pass --pages')
  return ['/', guide, news, '/faq']
}

/** gzip -9 bytes of the scripts a modern browser loads for a page (noModule polyfills are skipped). */
async function clientScriptBytes(base: string, route: string): Promise<number> {
  const html = await (await fetch(base + route)).text()
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .flatMap((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? [])
  let total = 0
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    total += gzipSync(body, { level: 9 }).length
  }
  return total
}

type Run = { scores: Record<string, number>; lcp: number; tbt: number; cls: number }

function runLighthouse(url: string): Promise<Run> {
  const cli = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js')
  const args = [cli, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} for ${url}:\n${err.slice(-2000)}`))
      try {
        const report = JSON.parse(out)
        const scores: Record<string, number> = {}
        for (const category of CATEGORIES) scores[category] = Math.round((report.categories[category]?.score ?? 0) * 100)
        const audit = (id: string) => Number(report.audits[id]?.numericValue ?? NaN)
        resolve({ scores, lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift') })
      } catch (error) {
        reject(error)
      }
    })
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

async function main() {
  if (!process.env.CHROME_PATH) {
    const ensured = spawnSync('bash', [path.join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' })
    if (ensured.status !== 0) fail('Chromium is missing (see above).')
  }
  const runs = Number(option('runs') ?? 3)
  if (!Number.isInteger(runs) || runs < 1) fail('--runs must be a positive whole number')
  const given = option('url')
  const server = given ? null : await startNext(option('dist') ?? process.env.NEXT_DIST_DIR ?? '.next')
  const base = (given ?? server!.url).replace(/\/+$/, '')
  try {
    const pages = option('pages')?.split(',') ?? (await discoverPages(base))
    console.log(`Lighthouse ${require('lighthouse/package.json').version}, mobile preset, median of ${runs}, ${base}\n`)
    const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'JS KB gz']
    const rows: string[][] = []
    for (const page of pages) {
      const results: Run[] = []
      for (let run = 0; run < runs; run++) results.push(await runLighthouse(base + page))
      const js = await clientScriptBytes(base, page)
      rows.push([
        page,
        ...CATEGORIES.map((category) => String(median(results.map((result) => result.scores[category])))),
        median(results.map((result) => result.lcp)).toFixed(0),
        median(results.map((result) => result.tbt)).toFixed(0),
        median(results.map((result) => result.cls)).toFixed(3),
        (js / 1024).toFixed(1),
      ])
      console.log(`  measured ${page}`)
    }
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
    const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
    console.log(`\n${line(header)}\n${rows.map(line).join('\n')}`)
  } finally {
    server?.child.kill()
  }
}

await main()
