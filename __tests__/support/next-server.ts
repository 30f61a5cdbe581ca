import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../../scripts/lib/free-port.mts'
import { until } from './poll'

/**
 * Builds the site and serves it with the site's server (server/start.mjs, what `npm start` runs: Next's request
 * handler behind the server's own request checks and graceful shutdown) on loopback, as an operator runs it.
 * Each variant gets its own distDir (NEXT_DIST_DIR) so builds with different datasets do not overwrite each other.
 */

const ROOT = path.join(__dirname, '..', '..')
const NEXT_BIN = require.resolve('next/dist/bin/next')
/** `npm start` (see package.json). */
export const SERVER_ENTRY = path.join(ROOT, 'server', 'start.mjs')

export type SiteEnv = Record<string, string | undefined>

function childEnv(env: SiteEnv): NodeJS.ProcessEnv {
  // Variables that select a content source are cleared so the test decides them.
  // NEXT_SKIP_TYPECHECK: `npm test` has type-checked the project already (see next.config.ts).
  const base: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_SKIP_TYPECHECK: '1' }
  for (const name of ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'SANITY_API_HOST', 'SANITY_EMBEDDED_DATASET', 'NEXT_DIST_DIR', 'NODE_ENV']) delete base[name]
  return { ...base, ...env } as NodeJS.ProcessEnv
}

/** A `next` command (or another script) as a child process, with everything it prints collected and a promise of its exit code. */
function runNext(args: string[], env: SiteEnv, killAfterMs: number, signal?: AbortSignal, script = NEXT_BIN) {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: childEnv(env), ...(signal ? { signal, killSignal: 'SIGKILL' as const } : {}) })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
  timer.unref()
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) => (signal?.aborted ? undefined : reject(error)))
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
  return { child, output: () => output, exited }
}

/**
 * `next build` with the given environment; rejects with the build output when it fails. Asynchronous, so a
 * server in the test process (the Sanity API stand-in) keeps answering the build's queries.
 */
export async function buildSite(env: SiteEnv, signal?: AbortSignal): Promise<{ seconds: number; output: string }> {
  // A fresh distDir: Next keeps its data cache across builds, and a test must not read an earlier run's content.
  if (env.NEXT_DIST_DIR) rmSync(path.join(ROOT, env.NEXT_DIST_DIR), { recursive: true, force: true })
  const started = Date.now()
  const build = runNext(['build'], env, 600_000, signal)
  const code = await build.exited
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${build.output()}`)
  return { seconds: (Date.now() - started) / 1000, output: build.output() }
}

// The scripts' own helper (bench, lighthouse): tests and scripts pick ports the same way.
export { freePort }

export type RunningSite = { url: string; output: () => string; stop: () => Promise<void>; process: ChildProcess }

/** The site's server (`npm start`) on `port` (default: a free one), bound to 127.0.0.1 as behind a front cache. */
async function startNext(env: SiteEnv, killAfterMs: number, port?: number) {
  port ??= await freePort()
  return { url: `http://127.0.0.1:${port}`, ...runNext(['-H', '127.0.0.1', '-p', String(port)], env, killAfterMs, undefined, SERVER_ENTRY) }
}

/** Starts the server and resolves once it answers HTTP; rejects if it exits first. */
export async function startSite(env: SiteEnv, timeoutMs = 30_000, port?: number): Promise<RunningSite> {
  // A running site is stopped by its test; the kill timer is only a backstop against a hung process.
  const { url, child, output, exited } = await startNext(env, 3_600_000, port)
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`)
    try {
      await fetch(`${url}/favicon.ico`)
      return { url, output, stop, process: child }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
  await stop()
  throw new Error(`the server did not answer within ${timeoutMs} ms:\n${output()}`)
}

/**
 * Resolves once the site has printed a line matching `pattern` (its log reaches the test through a pipe, so a
 * line can arrive after the response it belongs to); rejects with the output after a generous deadline.
 */
export function untilOutput(site: Pick<RunningSite, 'output'>, pattern: RegExp): Promise<string> {
  return until(`a line matching ${pattern}`, () => pattern.test(site.output()) && site.output(), { detail: site.output })
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export async function startExpectingFailure(env: SiteEnv, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const started = await startNext(env, timeoutMs)
  return { code: await started.exited, output: started.output() }
}

/** The text of the first <h1> of a page, with tags stripped and entities decoded. */
export function firstHeading(html: string): string | null {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)
  return match ? decodeEntities(match[1].replace(/<[^>]+>/g, '')).trim() : null
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
