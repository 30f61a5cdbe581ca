// The site's HTTP server. `npm start` runs it from the project, and the standalone folder (scripts/
// assemble-standalone.mts, the Docker image) runs it as server.js. It wraps Next's own request handler and adds what
// `next start` lacks:
// - requests Next must not see are answered before it does (./request-guard.mjs: odd request targets, cookie
//   floods), and queries reach only the routes that read them (./query-policy.cjs);
// - Next is told the name it uses for its own URLs (see nextHostname), so the proxy's rewrites stay inside the
//   server whatever address it listens on;
// - SIGTERM/SIGINT stop it gracefully: no new connections, the requests in flight finish (up to
//   SHUTDOWN_DEADLINE_SECONDS, 10 by default), Redis connections close, exit code 0.
//
// Usage: node server/start.mjs [-p PORT] [-H ADDRESS]   (PORT, HOSTNAME as in Next's standalone server.js)
// Plain JavaScript: the standalone image has no TypeScript. It is the environment module of the server process
// itself (it runs before and outside the app's bundles): it reads its own settings (port, address, shutdown
// deadline), takes the ones it shares with the app from lib/process-env.cjs, and sets what Next expects of `next
// start` (NODE_ENV, the standalone configuration).
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import { formatLogLine } from '../lib/log-line.cjs'
import { distDir, logFormat as format, logSecrets, redisUrl } from '../lib/process-env.cjs'
import queryPolicy from './query-policy.cjs'
import { refusal } from './request-guard.mjs'

/*
 * How far V8 lets the heap grow past what the last full collection kept, in percent. Left to itself, V8 picks a
 * factor of up to 4 when a process allocates fast, as a server under load does (a page rendered per request
 * allocates about 2 MB, nearly all of it short-lived): with the large embedded dataset (10,000 news items) the
 * server keeps about 120 MB alive, yet its heap grew to about 570 MB of mostly garbage and its RSS past 800 MB
 * (docs/scale.md, "Server memory at size"). At 50 % the heap stays near 1.5 times what is alive: 540 MB of RSS
 * instead of 840 after the bench, for more full collections whose CPU the bench does not show above its noise.
 * It changes when V8 collects, never how much it may use: no request fails for it. Set before Next loads; V8 reads
 * the flag whenever it sets its next limit. A `--heap-growing-percent` given to node wins.
 */
const HEAP_GROWING_PERCENT = 50
if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The standalone folder has no next.config.ts: its configuration is the one the build recorded. */
const standalone = !['next.config.ts', 'next.config.js', 'next.config.mjs'].some((name) => existsSync(path.join(dir, name)))

function log(level, message, fields) {
  const line = formatLogLine({ level, scope: 'server', message, fields, format, secrets: logSecrets })
  if (level === 'info') console.log(line)
  else console.error(line)
}

function option(short, long) {
  const args = process.argv.slice(2)
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === short || arg === long) return args[index + 1]
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1)
  }
  return undefined
}

function positiveNumber(raw, fallback) {
  const value = Number(raw)
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value >= 0 ? value : fallback
}

const port = Math.floor(positiveNumber(option('-p', '--port') ?? process.env.PORT, 3000))
/**
 * Where to listen. `next start` listens on every interface unless given -H; Next's standalone server.js reads
 * HOSTNAME (Docker sets it to the container's name: the image sets HOSTNAME=0.0.0.0).
 */
const bindAddress = option('-H', '--hostname') ?? (standalone ? process.env.HOSTNAME || '0.0.0.0' : undefined)
const shutdownDeadlineMs = positiveNumber(process.env.SHUTDOWN_DEADLINE_SECONDS, 10) * 1000
const keepAliveTimeoutMs = positiveNumber(process.env.KEEP_ALIVE_TIMEOUT, undefined)

/*
 * The name Next gives this server in the URLs it builds. The proxy (proxy.ts) rewrites to absolute URLs whose host
 * Next writes as `localhost` whenever the server is reached on a loopback address (its NextURL turns 127.0.0.1 and
 * [::1] into localhost), while the router compares them with `http://<hostname>:<port>`, the hostname it was given.
 * Given 127.0.0.1 (`next start -H 127.0.0.1`), the two differ, every rewrite counts as external, and Next sends it
 * back to itself over HTTP (through the proxy again, at half the throughput, and refused once the listener closes
 * on SIGTERM). The name is used for nothing else once no rewrite is external, so it is always `localhost`; where
 * the server listens is this file's business (bindAddress).
 */
const nextHostname = 'localhost'

// As `next start` and Next's standalone server.js do.
process.env.NODE_ENV = 'production'
if (standalone) {
  // Standalone: the configuration the build recorded, with what depends on the environment at start (as
  // next.config.ts decides it): the shared Redis cache when REDIS_URL is set.
  process.chdir(dir)
  const { config } = JSON.parse(readFileSync(path.join(dir, distDir, 'required-server-files.json'), 'utf8'))
  if (redisUrl) Object.assign(config, { cacheHandler: path.join(dir, 'cache-handler.mjs'), cacheMaxMemorySize: 0 })
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
}
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

/** The id Next puts in a genuine draft-mode cookie (prerender-manifest.json); null when unreadable. */
function readPreviewModeId() {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, distDir, 'prerender-manifest.json'), 'utf8'))
    return manifest?.preview?.previewModeId || null
  } catch {
    return null
  }
}
const previewModeId = readPreviewModeId()

const { default: next } = await import('next')
const app = next({ dev: false, dir, hostname: nextHostname, port })
await app.prepare()
const handle = app.getRequestHandler()

/** Responses being written; each is told to close its connection once shutdown has begun. */
const inFlight = new Set()
let closing = false
const refusedCounts = new Map()
let refusalReport

/** Refusals are counted and reported at most once a minute, so a flood cannot flood the log. */
function countRefusal(reason) {
  refusedCounts.set(reason, (refusedCounts.get(reason) ?? 0) + 1)
  refusalReport ??= setTimeout(() => {
    refusalReport = undefined
    const summary = [...refusedCounts].map(([kind, count]) => `${count} (${kind === 'target' ? 'not a path' : 'too many cookies'})`).join(', ')
    refusedCounts.clear()
    log('warn', `refused requests in the last minute: ${summary}`)
  }, 60_000)
  refusalReport.unref()
}

const server = createServer((request, response) => {
  const refused = refusal(request.method, request.url, request.headers.cookie)
  if (refused) {
    countRefusal(refused.reason)
    response.writeHead(refused.status, refused.headers)
    response.end(request.method === 'HEAD' ? undefined : refused.body)
    return
  }
  // Queries reach only the routes that read them (./query-policy.cjs): no visitor's query is rendered into a page
  // that is cached for everyone.
  request.url = queryPolicy.targetForNext(request.url, { cookieHeader: request.headers.cookie, previewModeId })
  inFlight.add(response)
  if (closing) response.setHeader('Connection', 'close')
  response.once('close', () => {
    inFlight.delete(response)
    if (closing) server.closeIdleConnections()
  })
  handle(request, response).catch((error) => {
    log('error', `request failed: ${error instanceof Error ? error.message : String(error)}`)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    response.end()
  })
})
if (keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = keepAliveTimeoutMs

await new Promise((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, bindAddress, resolve)
})
// What the app asked to run once the server listens (instrumentation.ts: building the search index in the
// background); through globalThis, as the app lives in Next's bundles. Nothing here waits for them.
for (const hook of globalThis.__windows12GuideListeningHooks ?? []) {
  Promise.resolve()
    .then(hook)
    .catch((error) => log('error', `start-up task failed: ${error instanceof Error ? error.message : String(error)}`))
}
log('info', `ready on http://${bindAddress && bindAddress.includes(':') ? `[${bindAddress}]` : (bindAddress ?? 'localhost')}:${port}${standalone ? ' (standalone)' : ''}`)

/** Closers that the app registers (lib/redis.ts, cache-handler.mjs), through globalThis: they live in Next's bundles. */
async function runShutdownHooks() {
  const hooks = [...(globalThis.__windows12GuideShutdownHooks ?? [])]
  await Promise.allSettled(hooks.map((hook) => Promise.race([hook(), new Promise((resolve) => setTimeout(resolve, 2000).unref())])))
}

async function shutdown(signal) {
  if (closing) return
  closing = true
  log('info', `${signal}: no new connections; finishing ${inFlight.size} request(s) in flight (deadline ${shutdownDeadlineMs / 1000} s)`)
  server.close()
  server.closeIdleConnections()
  for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close')
  const deadline = Date.now() + shutdownDeadlineMs
  while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
  if (inFlight.size > 0) {
    log('warn', `${inFlight.size} request(s) still running after ${shutdownDeadlineMs / 1000} s; closing their connections`)
    server.closeAllConnections()
  }
  // Next's own clean-up and the app's closers; neither may hold the exit up for long.
  await Promise.race([Promise.allSettled([app.close(), runShutdownHooks()]), new Promise((resolve) => setTimeout(resolve, 5000).unref())])
  log('info', 'stopped')
  process.exit(0)
}

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void shutdown(signal))
