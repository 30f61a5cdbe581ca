import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildSite } from './next-server'
import { startSanityStandIn } from './sanity-api-standin'
import { loadSeed } from './seed'
import { buildEnv, buildKey, buildMarkers, type BuildKind } from './shared-builds'

/*
 * Jest global setup of the e2e project: makes the two shared builds (see ./shared-builds). The embedded build
 * (about 45 s: it has no Studio to compile) is made first, before any test runs; the hosted build (about two
 * minutes) then goes on in the background while the unit tests and the embedded e2e files run, and a server of
 * the hosted build waits for it. Side by side the two builds would only fight over the same two cores.
 * E2E_REUSE_BUILDS=1 keeps builds from an earlier run when the app's sources and the build environment are unchanged
 * (shared-builds.ts `buildKey`), for the edit loop of a test.
 * ./e2e-global-teardown stops a build still running when the tests end (a run of a few files).
 */

type Background = { stop: AbortController; done: Promise<void> }
const setupGlobals = globalThis as typeof globalThis & { __e2eHostedBuild?: Background }

async function build(kind: BuildKind, signal?: AbortSignal): Promise<void> {
  const { complete, failed } = buildMarkers(kind)
  // The marker holds the key of the sources and environment the build was made from (see buildKey).
  const key = buildKey(kind)
  if (process.env.E2E_REUSE_BUILDS === '1' && existsSync(complete)) {
    if (readFileSync(complete, 'utf8').trim() === key) {
      console.log(`\n[e2e] reusing the ${kind} build (sources and build environment unchanged)`)
      return
    }
    console.log(`\n[e2e] not reusing the ${kind} build: its sources or build environment changed`)
  }
  // Written only once a build succeeded (a failed build can leave a BUILD_ID behind) or failed.
  rmSync(complete, { force: true })
  rmSync(failed, { force: true })
  const standIn = kind === 'hosted' ? await startSanityStandIn(loadSeed()) : undefined
  try {
    const { seconds } = await buildSite(buildEnv(kind, standIn?.url), signal)
    writeFileSync(complete, key)
    console.log(`\n[e2e] next build (${kind}): ${seconds.toFixed(1)} s`)
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? error.message : String(error))
    throw error
  } finally {
    await standIn?.stop()
  }
}

/** Stops a hosted build still running in the background and waits until it has ended (the global teardown). */
export async function stopHostedBuild(): Promise<void> {
  const background = setupGlobals.__e2eHostedBuild
  if (!background) return
  background.stop.abort()
  await background.done
}

/**
 * The Debian packages the suite needs (Chromium, nginx, redis-server, wrk), installed once before any test runs:
 * jest workers that each installed what their file needed ran apt-get side by side, and the second died on the
 * package lock.
 */
function ensureDebianPackages(): void {
  execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'ensure-test-packages.sh')], { stdio: 'inherit', timeout: 900_000 })
}

export default async function globalSetup(): Promise<void> {
  ensureDebianPackages()
  await build('embedded')
  const stop = new AbortController()
  // A failure is recorded in the marker file, where the waiting tests read it.
  setupGlobals.__e2eHostedBuild = { stop, done: build('hosted', stop.signal).catch(() => undefined) }
}
