/**
 * Figures of the per-request pages (site search, the PC checker) and of a search flood, against running servers.
 * Used by scripts/bench.mts; each function only measures and returns numbers (printing is the caller's choice).
 *
 * Distinct requests come from wrk Lua scripts: every search is a different URL (so no cache answers it) holding
 * two real words (so it finds results and renders a full page), and every checker request has different values.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ScaleFigures } from './scale-bench.mts'

export type LoadFigure = { rps: number; p50Ms: number; p99Ms: number; non2xx: number; requests: number }

const SEARCH_WORDS = ['windows', 'release', 'date', 'tpm', 'bootable', 'usb', 'iso', 'copilot', 'upgrade', 'free', 'install', 'features', 'requirements', 'download', 'insider', 'npu', 'arm64', 'clean', 'license', 'support']

/** wrk gives each thread its own Lua state: `setup` numbers them so that their counters never overlap. */
const THREAD_NUMBERS = `
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  counter = (tid or 1) * 10000000
end
`

const SEARCH_SCRIPT = `${THREAD_NUMBERS}
local words = { ${SEARCH_WORDS.map((word) => `"${word}"`).join(', ')} }
function request()
  counter = counter + 1
  local a = words[(counter % #words) + 1]
  local b = words[(math.floor(counter / #words) % #words) + 1]
  return wrk.format("GET", "/search?q=" .. a .. "+" .. b .. "&n=" .. counter)
end
`

const CHECKER_SCRIPT = `${THREAD_NUMBERS}
function request()
  counter = counter + 1
  local ram = (counter % 64) + 1
  local cores = (math.floor(counter / 64) % 16) + 1
  return wrk.format("GET", "/can-my-pc-run-windows-12?cores=" .. cores .. "&ram=" .. ram .. "&storage=" .. (counter % 2000) .. "&tpm=2.0&x64=yes")
end
`

let scripts: string | undefined
function scriptFile(name: string, text: string): string {
  scripts ??= mkdtempSync(path.join(tmpdir(), 'w12-wrk-'))
  const file = path.join(scripts, `${name}.lua`)
  writeFileSync(file, text)
  return file
}

const toMs = (value: string | undefined): number => {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value ?? '')
  if (!match) return NaN
  const number = Number(match[1])
  return match[2] === 'us' ? number / 1000 : match[2] === 's' ? number * 1000 : number
}

function parseWrk(output: string): LoadFigure {
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50Ms: toMs(/\s50%\s+([\d.]+\w+)/.exec(output)?.[1]),
    p99Ms: toMs(/\s99%\s+([\d.]+\w+)/.exec(output)?.[1]),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? NaN),
  }
}

const wrkArgs = (url: string, connections: number, seconds: number, script?: string, threads = 2) => [
  `-t${Math.min(threads, connections)}`,
  `-c${connections}`,
  `-d${seconds}s`,
  '--latency',
  ...(script ? ['-s', script] : []),
  url,
]

/** wrk against one URL (or a Lua script's URLs under `base`). */
export function load(url: string, { connections = 8, seconds = 5, script }: { connections?: number; seconds?: number; script?: string } = {}): LoadFigure {
  const result = spawnSync('wrk', wrkArgs(url, connections, seconds, script), { encoding: 'utf8' })
  return parseWrk(result.stdout)
}

/** The same, without blocking: for two loads at once. */
function loadInBackground(url: string, connections: number, seconds: number, script?: string, threads = 2): Promise<LoadFigure> {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', wrkArgs(url, connections, seconds, script, threads), { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', reject)
    child.on('close', () => resolve(parseWrk(output)))
  })
}

/** Distinct-query searches (two words each, every URL different) at `connections` connections. */
export function searchLoad(base: string, connections = 8, seconds = 5): LoadFigure {
  return load(base, { connections, seconds, script: scriptFile('search', SEARCH_SCRIPT) })
}

/** Checker requests with different values each, at `connections` connections. */
export function checkerLoad(base: string, connections = 8, seconds = 5): LoadFigure {
  return load(base, { connections, seconds, script: scriptFile('checker', CHECKER_SCRIPT) })
}

export type FloodFigures = { alone: LoadFigure; during: LoadFigure; flood: LoadFigure }

/**
 * A cached page's figures alone, then while one client floods `floodBase` with distinct searches (`connections`
 * connections, one wrk thread so the flood's own CPU use stays at one core of the machine).
 */
export async function floodFigures(pageUrl: string, floodBase: string, { connections = 16, seconds = 5, pageConnections = 8 } = {}): Promise<FloodFigures> {
  const alone = load(pageUrl, { connections: pageConnections, seconds })
  const flooding = loadInBackground(floodBase, connections, seconds + 2, scriptFile('search', SEARCH_SCRIPT), 1)
  // The flood is under way before the page is measured, and lasts beyond it.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const during = await loadInBackground(pageUrl, pageConnections, seconds, undefined, 2)
  const flood = await flooding
  return { alone, during, flood }
}

const figure = (f: LoadFigure) => `${Math.round(f.rps).toString().padStart(6)} req/s  p50 ${f.p50Ms.toFixed(1).padStart(6)} ms  p99 ${f.p99Ms.toFixed(1).padStart(6)} ms`

/**
 * Prints the search, checker and flood figures: `app` is a `next start` instance, `front` nginx with
 * deploy/nginx/front-cache.conf in front of it, `guidePath` a cached guide. Ratios compare with the guide from
 * `next start` at the same 8 connections.
 */
export async function printSearchFigures(app: string, front: string, guidePath: string, seconds = 5): Promise<void> {
  console.log(`\nPer-request pages (wrk, 8 connections, ${seconds} s, distinct URLs; next start)`)
  // The embedded index is built on the first search. A kept-alive connection that the server closed while wrk
  // ran fails once ("other side closed"): tried again.
  await fetch(`${app}/search?q=windows`).catch(() => fetch(`${app}/search?q=windows`))
  const guide = load(app + guidePath, { connections: 8, seconds })
  const search = searchLoad(app, 8, seconds)
  const empty = load(`${app}/search`, { connections: 8, seconds })
  const checker = checkerLoad(app, 8, seconds)
  console.log(`  cached guide          ${figure(guide)}`)
  console.log(`  search, distinct      ${figure(search)}  = ${(search.rps / guide.rps).toFixed(2)} x guide (target >= 0.25 seed, 0.2 large; p99 < 150 ms)`)
  console.log(`  search, no query      ${figure(empty)}  = ${(empty.rps / guide.rps).toFixed(2)} x guide`)
  console.log(`  checker, distinct     ${figure(checker)}  = ${(checker.rps / guide.rps).toFixed(2)} x guide (target >= 0.3)`)

  console.log(`\nFlood: one client, 16 connections of distinct searches; a cached guide at 8 connections (${seconds} s each)`)
  // nginx's per-client limit was filled by the figures above only if they went through it; they did not.
  const limited = await floodFigures(front + guidePath, front, { seconds })
  console.log(`  through nginx (limit_req)  guide alone   ${figure(limited.alone)}`)
  console.log(`                             guide flooded ${figure(limited.during)}  p99 x ${(limited.during.p99Ms / limited.alone.p99Ms).toFixed(2)} (target <= 2)`)
  console.log(`                             flood: ${limited.flood.requests} searches, ${limited.flood.non2xx} refused (429)`)
  const direct = await floodFigures(app + guidePath, app, { seconds })
  console.log(`  next start, no limit       guide alone   ${figure(direct.alone)}`)
  console.log(`                             guide flooded ${figure(direct.during)}  p99 x ${(direct.during.p99Ms / direct.alone.p99Ms).toFixed(2)}`)
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
let clockTicks: number | undefined
/** CPU time (user + system) a process has used so far, in ms; NaN where /proc is missing (not Linux). */
function processCpuMs(pid: number): number {
  try {
    clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100
    // The fields after the command name (which may hold spaces), from the state on: utime and stime are the 12th
    // and 13th of them.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks
  } catch {
    return NaN
  }
}

/** A load's figures with the server's CPU time per request: unlike req/s, barely moved by other work on the machine. */
function withServerCpu(pid: number, run: () => LoadFigure): LoadFigure & { cpuMsPerRequest: number } {
  const before = processCpuMs(pid)
  const figure = run()
  return { ...figure, cpuMsPerRequest: (processCpuMs(pid) - before) / figure.requests }
}

/**
 * The `--scale` rows (scripts/lib/scale-bench.mts): a cached guide, distinct-query search and the checker at 8
 * connections on the seed's site and on the large dataset's, with search and the checker as a share of the guide,
 * and the server's CPU time per request of each.
 */
export const scaleSearchFigures: ScaleFigures = async (sites) => {
  const seconds = 5
  type Measured = LoadFigure & { cpuMsPerRequest: number }
  const measured = {} as Record<'seed' | 'large', { guide: Measured; search: Measured; checker: Measured }>
  for (const size of ['seed', 'large'] as const) {
    const { url: base, pid } = sites[size]
    // The embedded index is built once the server listens; this waits for it if it is not ready yet.
    await fetch(`${base}/search?q=windows`).catch(() => fetch(`${base}/search?q=windows`))
    measured[size] = {
      guide: withServerCpu(pid, () => load(`${base}/windows-12-system-requirements`, { connections: 8, seconds })),
      search: withServerCpu(pid, () => searchLoad(base, 8, seconds)),
      checker: withServerCpu(pid, () => checkerLoad(base, 8, seconds)),
    }
  }
  const cpu = (size: 'seed' | 'large') =>
    (['guide', 'search', 'checker'] as const).map((kind) => `${kind} ${measured[size][kind].cpuMsPerRequest.toFixed(1)}`).join(', ')
  const cell = (size: 'seed' | 'large', kind: 'search' | 'checker') => {
    const { guide } = measured[size]
    const f = measured[size][kind]
    return `${Math.round(f.rps)} req/s, p99 ${f.p99Ms.toFixed(0)} ms = ${(f.rps / guide.rps).toFixed(2)} x guide`
  }
  return [
    { label: 'guide (8 conn.)', seed: `${Math.round(measured.seed.guide.rps)} req/s`, large: `${Math.round(measured.large.guide.rps)} req/s` },
    { label: 'search, distinct', seed: cell('seed', 'search'), large: cell('large', 'search'), note: 'target >= 0.25 x seed, 0.2 x large, p99 < 150 ms' },
    { label: 'checker, distinct', seed: cell('seed', 'checker'), large: cell('large', 'checker'), note: 'target >= 0.3 x' },
    { label: 'server CPU per request', seed: cpu('seed'), large: cpu('large'), note: 'ms, the server process (load-independent)' },
  ]
}

/**
 * The `--scale` flood rows: through nginx with deploy/nginx/front-cache.conf in front of each site, a cached guide's
 * p99 alone and while one client floods distinct searches (16 connections), and how many of the flood's searches
 * nginx refused (429).
 */
export const scaleFloodFigures: ScaleFigures = async (sites, tools) => {
  const figures = {} as Record<'seed' | 'large', FloodFigures>
  for (const size of ['seed', 'large'] as const) {
    const front = await tools.startFrontCache(sites[size].url, `front-${size}`)
    const guide = `${front}/windows-12-system-requirements`
    // The guide in nginx's cache before it is measured: a first, missed request would be the "alone" tail.
    await tools.download(guide)
    await tools.download(guide)
    figures[size] = await floodFigures(guide, front, { seconds: 5 })
  }
  const p99 = (size: 'seed' | 'large') => {
    const { alone, during } = figures[size]
    return `${alone.p99Ms.toFixed(0)} -> ${during.p99Ms.toFixed(0)} ms = ${(during.p99Ms / alone.p99Ms).toFixed(2)} x`
  }
  const refused = (size: 'seed' | 'large') => `${figures[size].flood.non2xx} of ${figures[size].flood.requests} refused`
  return [
    { label: 'flood via nginx: guide p99', seed: p99('seed'), large: p99('large'), note: 'alone -> during the flood (target <= 2 x)' },
    { label: 'flood via nginx: searches', seed: refused('seed'), large: refused('large'), note: '429 from limit_req' },
  ]
}
