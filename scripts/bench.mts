/**
 * npm run bench: speed figures of an existing build, measured side by side in one run and printed (never asserted).
 *
 *   npm run build && npm run bench          (BENCH_DIST_DIR=.next-other to measure another build)
 *   npm run bench -- --scale                the seed side by side with a large generated dataset, each with its own
 *                                           build (scripts/lib/scale-bench.mts; BENCH_SCALE_REUSE=1 reuses them)
 *
 * It starts what it needs on loopback and stops it again: `next start` instances on the embedded dataset (a copy in a
 * temporary folder, so the webhook figures can edit it), nginx as the front cache of deploy/nginx/front-cache.conf,
 * nginx serving the same pages' bytes from disk, and redis-server for the two-instance figure. Tools missing from the
 * machine (wrk, nginx, redis-server) are installed with apt-get when running as root.
 * BENCH_SERVER_COST=1 adds the server entry's figures (scripts/lib/server-cost.mts: the site's server against plain
 * `next start`, bound to 127.0.0.1 and to all interfaces; about two minutes more).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { freePort } from './lib/free-port.mts'
import { cookieFloodCost, serverCost, type Variant } from './lib/server-cost.mts'
import { printSearchFigures, scaleFloodFigures, scaleSearchFigures } from './lib/search-bench.mts'
import { LARGE_DATASET, scaleBench, type BenchTools, type ScaleFigures } from './lib/scale-bench.mts'

/**
 * Figures `--scale` adds on the two running sites, after its own: each module exports one ScaleFigures function
 * (for example search and flood figures from scripts/lib/search-bench.mts); list it here.
 */
const SCALE_FIGURES: ScaleFigures[] = [scaleSearchFigures, scaleFloodFigures]

const ROOT = path.join(import.meta.dirname, '..')
const DIST_DIR = process.env.BENCH_DIST_DIR || '.next'
/** A build of the same sources without proxy.ts (see docs/benchmarks.md): when set, the proxy's cost is measured. */
const PROXYLESS_DIST_DIR = process.env.BENCH_PROXYLESS_DIST_DIR
/** BENCH_SERVER_COST=1: the site's server against plain `next start`, each bound to 127.0.0.1 and to all interfaces. */
const SERVER_COST = process.env.BENCH_SERVER_COST === '1'
const DURATION = process.env.BENCH_SECONDS || '5'
const CONNECTIONS = '32'
const SECRET = 'bench-webhook-secret'
const GUIDE_ID = 'guide-iso-64-bit'
const GUIDE_PATH = '/windows-12-iso-64-bit'
const work = mkdtempSync(path.join(tmpdir(), 'w12-bench-'))
const children: ChildProcess[] = []

/** wrk, nginx and redis-server, installed (as root) the way the test suite installs them: serialised, waiting for apt's lock. */
function ensureTools(): void {
  const ensured = spawnSync('bash', [path.join(ROOT, 'scripts', 'ensure-debian-packages.sh'), 'wrk=wrk', 'nginx=nginx-light', 'redis-server=redis-server'], { stdio: 'inherit' })
  if (ensured.status !== 0) throw new Error('wrk, nginx and redis-server are needed (see docs/testing.md)')
}

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  // BENCH_LOGS=folder keeps each child's output there (to see why a server failed); otherwise it is discarded.
  const logs = process.env.BENCH_LOGS
  if (logs) {
    mkdirSync(logs, { recursive: true })
    const file = path.join(logs, `${path.basename(command)}-${children.length}.log`)
    child.stdout?.on('data', (chunk: Buffer) => appendFileSync(file, chunk))
    child.stderr?.on('data', (chunk: Buffer) => appendFileSync(file, chunk))
  } else {
    child.stdout?.resume()
    child.stderr?.resume()
  }
  children.push(child)
  return child
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** The site's server (`npm start`: server/start.mjs) bound to 127.0.0.1, or a variant of it (scripts/lib/server-cost.mts). */
async function startNext(env: Record<string, string>, distDir = DIST_DIR, variant: Variant = SITE_SERVER): Promise<string> {
  return (await startNextProcess(env, distDir, variant)).url
}

const SITE_SERVER: Variant = { name: 'npm start', command: 'server', bind: '127.0.0.1' }

async function startNextProcess(env: Record<string, string>, distDir = DIST_DIR, variant: Variant = SITE_SERVER): Promise<{ url: string; pid: number }> {
  const port = await freePort()
  const entry = variant.command === 'server' ? [path.join(ROOT, 'server', 'start.mjs')] : [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start']
  const child = start(process.execPath, [...entry, ...(variant.bind ? ['-H', variant.bind] : []), '-p', String(port)], { NEXT_DIST_DIR: distDir, ...env })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/favicon.ico`)
  return { url, pid: child.pid! }
}

function nginxConfig(serverBlock: string, name: string): string {
  const folder = path.join(work, name)
  mkdirSync(path.join(folder, 'cache'), { recursive: true })
  const file = path.join(folder, 'nginx.conf')
  writeFileSync(
    file,
    // As root (CI), nginx would run its worker as nobody, which cannot write the cache under this private
    // temporary folder: the worker keeps the user that started the bench.
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off; worker_processes 1; pid ${folder}/nginx.pid; error_log ${folder}/error.log;
events { worker_connections 4096; }
http {
  access_log off; default_type text/html;
  client_body_temp_path ${folder}; proxy_temp_path ${folder}; fastcgi_temp_path ${folder}; uwsgi_temp_path ${folder}; scgi_temp_path ${folder};
${serverBlock}
}
`,
  )
  return file
}

async function startNginx(serverBlock: string, name: string, port: number): Promise<string> {
  start('nginx', ['-c', nginxConfig(serverBlock, name)])
  const url = `http://127.0.0.1:${port}`
  await waitFor(url)
  return url
}

/** nginx with deploy/nginx/front-cache.conf (rate limits included) in front of `app`, in its own folder `name`. */
async function startFrontCache(app: string, name: string): Promise<string> {
  const port = await freePort()
  const config =
    readFileSync(path.join(ROOT, 'deploy', 'nginx', 'upstream.conf'), 'utf8').replace(/server 127\.0\.0\.1:3000/, `server ${app.replace('http://', '')}`) +
    readFileSync(path.join(ROOT, 'deploy', 'nginx', 'front-cache.conf'), 'utf8')
      .replace('/var/cache/nginx/windows12-guide', path.join(work, name, 'cache'))
      .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
  return startNginx(config, name, port)
}

/**
 * GET `url` and its body. Kept-alive connections that the server closed while wrk ran fail once ("other side
 * closed"): the request is tried again. A failure names the URL, which fetch's own error does not.
 */
async function download(url: string, attempts = 2): Promise<Buffer> {
  try {
    const response = await fetch(url)
    const body = Buffer.from(await response.arrayBuffer())
    if (!response.ok) throw new Error(`status ${response.status}`)
    return body
  } catch (error) {
    if (attempts > 1) return download(url, attempts - 1)
    throw new Error(`${url}: ${error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : String(error)}`)
  }
}

type Figure = { rps: number; p99: string }

function wrk(url: string, connections = Number(CONNECTIONS)): Figure {
  const result = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${DURATION}s`, '--latency', url], { encoding: 'utf8' })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(result.stdout)?.[1] ?? NaN)
  const p99 = /\s99%\s+([\d.]+\w+)/.exec(result.stdout)?.[1] ?? '?'
  return { rps, p99 }
}

async function clientJavaScript(base: string, route: string): Promise<number> {
  const html = (await download(base + route)).toString('utf8')
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src))
  let bytes = 0
  for (const src of new Set(sources)) bytes += gzipSync(await download(new URL(src, base).href), { level: 9 }).length
  return bytes
}

function editGuideTitle(datasetFile: string, title: string): void {
  const lines = readFileSync(datasetFile, 'utf8').split('\n')
  const edited = lines.map((line) => {
    if (!line.includes(`"_id":"${GUIDE_ID}"`)) return line
    const document = JSON.parse(line) as { title: string }
    return JSON.stringify({ ...document, title })
  })
  writeFileSync(datasetFile, edited.join('\n'))
}

async function webhook(base: string): Promise<void> {
  const body = JSON.stringify({ _type: 'guide', _id: GUIDE_ID, slug: GUIDE_PATH.slice(1), renamed: true })
  const response = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
    body,
  })
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`)
}

/** Milliseconds from the webhook's answer (sent to `receiver`) to the first page from `reader` with the new title. */
async function webhookToFresh(receiver: string, reader: string, datasetFile: string, runs = 5): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const title = `Bench title ${Date.now()}-${run}`
    await download(reader + GUIDE_PATH)
    editGuideTitle(datasetFile, title)
    await webhook(receiver)
    const answered = performance.now()
    for (;;) {
      if ((await download(reader + GUIDE_PATH)).toString('utf8').includes(title)) break
      if (performance.now() - answered > 30_000) throw new Error('no fresh page within 30 s')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    times.push(performance.now() - answered)
  }
  return times
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const pad = (value: string | number, width: number) => String(value).padStart(width)

/** --scale: the seed and a large generated dataset side by side (see scripts/lib/scale-bench.mts). */
async function scale(): Promise<void> {
  ensureTools()
  const seed = path.join(work, 'seed.ndjson')
  copyFileSync(path.join(ROOT, 'sanity', 'seed', 'production.ndjson'), seed)
  const large = path.join(work, 'large.ndjson')
  const synth = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'dataset-synth.mts'), '--news', String(LARGE_DATASET.news), '--guides', String(LARGE_DATASET.guides), '--faqs', String(LARGE_DATASET.faqs), '--out', large],
    { encoding: 'utf8' },
  )
  if (synth.status !== 0) throw new Error(`dataset:synth failed: ${synth.stderr}`)
  const tools: BenchTools = { root: ROOT, work, startNext: startNextProcess, startFrontCache, download, wrk }
  await scaleBench(tools, { seed, large }, SCALE_FIGURES)
}

async function main(): Promise<void> {
  if (process.argv.includes('--scale')) return scale()
  if (!existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) throw new Error(`no build in ${DIST_DIR}: run \`npm run build\` first`)
  ensureTools()
  const dataset = path.join(work, 'dataset.ndjson')
  copyFileSync(path.join(ROOT, 'sanity', 'seed', 'production.ndjson'), dataset)
  const env = { SANITY_EMBEDDED_DATASET: dataset, SANITY_REVALIDATE_SECRET: SECRET, SANITY_WEBHOOK_SETTLE_MS: '0' }
  const app = await startNext(env)

  const newsHtml = (await download(`${app}/news`)).toString('utf8')
  const newsItem = /href="(\/news\/(?!page\/)[a-z0-9-]+)"/.exec(newsHtml)?.[1]
  if (!newsItem) throw new Error('no news item linked from /news')
  const pages = { hub: '/', guide: '/windows-12-iso-download', 'news item': newsItem, faq: '/faq' }

  // The same bytes, from disk.
  const staticRoot = path.join(work, 'static-pages')
  mkdirSync(staticRoot, { recursive: true })
  const sizes: Record<string, number> = {}
  for (const [name, route] of Object.entries(pages)) {
    const bytes = await download(app + route)
    sizes[name] = bytes.length
    writeFileSync(path.join(staticRoot, `${name.replace(' ', '-')}.html`), bytes)
  }
  const staticPort = await freePort()
  const disk = await startNginx(`server { listen 127.0.0.1:${staticPort}; root ${staticRoot}; location = / { return 200; } }`, 'static', staticPort)

  const front = await startFrontCache(app, 'front')

  console.log(`\nThroughput (wrk -t2 -c${CONNECTIONS} -d${DURATION}s, plain HTTP, loopback; requests/s and p99 latency)\n`)
  console.log(`${'page'.padEnd(10)} ${pad('bytes', 7)} | ${pad('next start', 16)} | ${pad('front cache', 16)} | ${pad('nginx disk', 16)} | next/disk  front/disk`)
  const figures: Record<string, { next: Figure; front: Figure; disk: Figure }> = {}
  for (const [name, route] of Object.entries(pages)) {
    for (const base of [app, front]) await download(base + route)
    const next = wrk(app + route)
    const cached = wrk(front + route)
    const fromDisk = wrk(`${disk}/${name.replace(' ', '-')}.html`)
    figures[name] = { next, front: cached, disk: fromDisk }
    const cell = (figure: Figure) => `${pad(Math.round(figure.rps), 7)} ${pad(figure.p99, 8)}`
    console.log(
      `${name.padEnd(10)} ${pad(sizes[name], 7)} | ${cell(next)} | ${cell(cached)} | ${cell(fromDisk)} | ${pad((next.rps / fromDisk.rps).toFixed(2), 9)}  ${pad((cached.rps / fromDisk.rps).toFixed(2), 10)}`,
    )
  }
  const proxyRatio = figures.guide.next.rps / figures.faq.next.rps
  console.log(`\nProxy: guide (route-index lookup in proxy.ts) / FAQ (matched by rule), next start: ${proxyRatio.toFixed(2)}`)
  console.log(`  (page sizes: guide ${sizes.guide} B, FAQ ${sizes.faq} B)`)
  if (PROXYLESS_DIST_DIR) await proxyCost(app, env, { ...pages, favicon: '/favicon.ico' })
  if (SERVER_COST) {
    await serverCost({
      start: async (variant) => {
        const url = await startNext(env, DIST_DIR, variant)
        const child = children.at(-1)
        return { url, stop: () => child?.kill('SIGTERM') }
      },
      measure: (url) => wrk(url).rps,
    })
  }
  await cookieFloodCost({
    url: app,
    measure: wrk,
    // Asynchronous, so that the reader's load (spawnSync) runs meanwhile; a little longer than it.
    flood: (url, cookie) =>
      new Promise((resolve) => {
        const flooding = spawn('wrk', ['-t1', '-c2', `-d${Number(DURATION) + 1}s`, '-H', `Cookie: ${cookie}`, url], { stdio: 'ignore' })
        flooding.once('exit', () => resolve())
      }),
  })
  await printSearchFigures(app, front, pages.guide, Number(DURATION))

  console.log('\nClient JavaScript (modern browsers: <script src> without noModule, gzip -9 per file)')
  for (const [name, route] of Object.entries(pages)) console.log(`  ${name.padEnd(10)} ${(await clientJavaScript(app, route) / 1024).toFixed(1)} KB`)

  const one = await webhookToFresh(app, app, dataset)
  console.log(`\nWebhook -> fresh page, one instance (settle 0): median ${median(one).toFixed(0)} ms (runs: ${one.map((t) => t.toFixed(0)).join(', ')})`)

  const redisPort = await freePort()
  start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
  await new Promise((resolve) => setTimeout(resolve, 300))
  const redisEnv = { ...env, REDIS_URL: `redis://127.0.0.1:${redisPort}` }
  const instanceA = await startNext(redisEnv)
  const instanceB = await startNext(redisEnv)
  const two = await webhookToFresh(instanceA, instanceB, dataset)
  console.log(`Webhook to instance A -> fresh page from instance B (shared Redis cache): median ${median(two).toFixed(0)} ms (runs: ${two.map((t) => t.toFixed(0)).join(', ')})`)
}

/**
 * The same requests to this build and to a build without proxy.ts, alternating so that both see the same machine,
 * three rounds each; the median of each is compared.
 */
async function proxyCost(app: string, env: Record<string, string>, routes: Record<string, string>): Promise<void> {
  const bare = await startNext(env, PROXYLESS_DIST_DIR)
  console.log(`\nProxy cost: next start with proxy.ts / the same sources built without it (${PROXYLESS_DIST_DIR}); median of 3 alternating runs`)
  for (const [name, route] of Object.entries(routes)) {
    await download(bare + route)
    const withProxy: number[] = []
    const without: number[] = []
    for (let round = 0; round < 3; round++) {
      withProxy.push(wrk(app + route).rps)
      without.push(wrk(bare + route).rps)
    }
    const [a, b] = [median(withProxy), median(without)]
    console.log(`  ${name.padEnd(10)} ${pad(Math.round(a), 6)} / ${pad(Math.round(b), 6)} req/s = ${(a / b).toFixed(2)}`)
  }
}

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  if (process.env.BENCH_LOGS) console.error(`bench: kept ${work} (nginx error logs, datasets)`)
  else rmSync(work, { recursive: true, force: true })
}

main()
  .then(() => {
    stopAll()
    process.exit(0)
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    stopAll()
    process.exit(1)
  })
