import { createHash } from 'node:crypto'
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { buildOriginFile } from '@/lib/build-origin'
import { startSite, type RunningSite, type SiteEnv } from './next-server'

/*
 * The e2e suite builds the site twice per run, not once per test file: one build on the embedded dataset (the
 * seed) and one on the hosted source (a project id, served at build time by the Sanity API stand-in with the seed).
 * __tests__/support/e2e-global-setup.ts makes the embedded build before any test runs, and the hosted one while the
 * first tests run: a server of the hosted build waits for it (see `waitForBuild`). Every server a test starts gets
 * its own copy of a build, so ISR writes, the last-good store and the route index of one test never leak into
 * another. What differs between tests at run time (dataset file, API host, secrets, token) is server-side
 * environment, which `next start` reads when it starts.
 */

export type BuildKind = 'embedded' | 'hosted'

const ROOT = path.join(__dirname, '..', '..')
export const SHARED_BUILD_DIRS: Record<BuildKind, string> = {
  embedded: '.next-test/shared-embedded',
  hosted: '.next-test/shared-hosted',
}
/** Written next to a build's folder when it is complete, or when it failed (with the reason); see e2e-global-setup. */
export function buildMarkers(kind: BuildKind): { complete: string; failed: string } {
  const folder = path.join(ROOT, SHARED_BUILD_DIRS[kind])
  return { complete: `${folder}.complete`, failed: `${folder}.failed` }
}

/** How long a test waits for a build that is still being made (a hosted build takes about two minutes). */
const BUILD_WAIT_MS = 280_000

/** Resolves when the shared build of `kind` is complete; rejects with the build's error when it failed. */
export async function waitForBuild(kind: BuildKind): Promise<void> {
  const { complete, failed } = buildMarkers(kind)
  const deadline = Date.now() + BUILD_WAIT_MS
  while (!existsSync(complete)) {
    if (existsSync(failed)) throw new Error(`the shared ${kind} build failed:\n${readFileSync(failed, 'utf8')}`)
    if (Date.now() > deadline) {
      throw new Error(`the shared ${kind} build is missing (${SHARED_BUILD_DIRS[kind]}); e2e tests run through \`npm test\`, whose global setup makes it`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** The project id the hosted build is made with; every server started from it must use the same. */
export const HOSTED_PROJECT_ID = 'e2e'
/**
 * The read token the hosted build is made with, as an editor's deployment is: a token leaking into what the browser
 * downloads can only be found in a build that had one (__tests__/e2e/drafts.test.ts).
 */
export const HOSTED_READ_TOKEN = 'sk-test-read-token-5f0c1e7a'

/** Environment of the build itself (NEXT_PUBLIC_* values are compiled into it). */
export function buildEnv(kind: BuildKind, standInUrl?: string): SiteEnv {
  const base = { NEXT_DIST_DIR: SHARED_BUILD_DIRS[kind] }
  return kind === 'hosted'
    ? { ...base, NEXT_PUBLIC_SANITY_PROJECT_ID: HOSTED_PROJECT_ID, SANITY_API_READ_TOKEN: HOSTED_READ_TOKEN, SANITY_API_HOST: standInUrl }
    : base
}

/**
 * Top-level folders and files that are not the app's sources: a change to them does not change a build. Dot
 * entries (.git, .next*, compiler caches), next-env.d.ts and tsc's build info are written by git, the builds and the
 * type check themselves.
 */
const NOT_BUILT = new Set(['node_modules', '__tests__', 'docs', 'deploy', 'scripts', 'README.md', 'next-env.d.ts', 'tsconfig.tsbuildinfo'])

function hashTree(hash: ReturnType<typeof createHash>, folder: string, relative = ''): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = relative ? `${relative}/${entry.name}` : entry.name
    if (!relative && (NOT_BUILT.has(entry.name) || entry.name.startsWith('.'))) continue
    if (entry.isDirectory()) hashTree(hash, path.join(folder, entry.name), name)
    else if (entry.isFile()) hash.update(`${name}\0`).update(readFileSync(path.join(folder, entry.name))).update('\0')
  }
}

/**
 * What a shared build is made from: every source file of the app (lockfile and seed included), the Node version
 * and the build's environment (the stand-in's port aside, which changes every run). E2E_REUSE_BUILDS reuses a
 * build only when this is unchanged.
 */
export function buildKey(kind: BuildKind, root = ROOT): string {
  const hash = createHash('sha256')
  hashTree(hash, root)
  const env = Object.entries(buildEnv(kind)).filter(([name]) => name !== 'SANITY_API_HOST')
  const inherited = Object.entries(process.env).filter(([name]) => /^(NEXT_PUBLIC_|SANITY_|SITE_|NEXT_)/.test(name) && name !== 'NEXT_TELEMETRY_DISABLED')
  hash.update(JSON.stringify({ node: process.version, env, inherited: inherited.sort() }))
  return hash.digest('hex')
}

/** Parts of a build that `next start` only reads: shared by hard links. Everything else is copied. */
const READ_ONLY = new Set(['server/chunks', 'server/edge', 'static'])
/** Parts only `next build` needs, and the standalone folder (a copy of the server for scripts/assemble-standalone.mts). */
const SKIPPED = new Set(['cache/turbopack', 'cache/webpack', 'trace', 'trace-build', 'standalone'])

function copyBuild(from: string, to: string, relative = ''): void {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const name = relative ? `${relative}/${entry.name}` : entry.name
    if (SKIPPED.has(name)) continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (READ_ONLY.has(name)) linkTree(source, target)
    else if (entry.isDirectory()) copyBuild(source, target, name)
    else cpSync(source, target)
  }
}

function linkTree(from: string, to: string): void {
  if (!statSync(from).isDirectory()) return linkSync(from, to)
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from)) linkTree(path.join(from, entry), path.join(to, entry))
}

/** Removes the prerendered pages of a copy, so every page renders on its first request from the run-time data. */
function dropPrerenderedPages(distDir: string): void {
  const app = path.join(distDir, 'server', 'app')
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name.endsWith('.segments')) rmSync(full, { recursive: true, force: true })
        else visit(full)
      } else if (/\.(html|rsc|meta|body)$/.test(entry.name) && !/^_(not-found|global-error)\b/.test(entry.name)) {
        rmSync(full, { force: true })
      }
    }
  }
  visit(app)
  // The record of the SITE_URL the prerendered pages carry (lib/build-origin.ts) goes with them: every page of this
  // copy renders with the SITE_URL its server starts with (response headers aside, which the build fixed).
  rmSync(buildOriginFile(distDir), { force: true })
}

let runs = 0

export type SharedSiteOptions = {
  /** Start without the build's prerendered pages: each renders on its first request from the run-time content. */
  freshPages?: boolean
}

export type SharedSite = RunningSite & {
  distDir: string
  /** Stops the server (SIGTERM, as an operator's restart does) and starts it again on the same port and copy. */
  restart(): Promise<void>
}

/**
 * `next start` on a private copy of a shared build. `env` adds run-time settings (SANITY_EMBEDDED_DATASET,
 * SANITY_API_HOST, secrets...). The copy is removed when the site stops.
 */
export async function startSharedSite(kind: BuildKind, env: SiteEnv = {}, options: SharedSiteOptions = {}): Promise<SharedSite> {
  await waitForBuild(kind)
  const source = path.join(ROOT, SHARED_BUILD_DIRS[kind])
  const distDir = `.next-test/run-${process.pid}-${++runs}-${kind}`
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
  copyBuild(source, path.join(ROOT, distDir))
  if (options.freshPages) dropPrerenderedPages(path.join(ROOT, distDir))
  // A production server with a Sanity project refuses to start without SITE_URL (lib/site-config.ts): the default
  // origin, which the build baked into the prerendered pages, is named explicitly.
  const projectEnv = kind === 'hosted' ? { NEXT_PUBLIC_SANITY_PROJECT_ID: HOSTED_PROJECT_ID, SITE_URL: 'http://localhost:3000' } : {}
  const siteEnv = { ...projectEnv, ...env, NEXT_DIST_DIR: distDir }
  let site = await startSite(siteEnv)
  const shared: SharedSite = {
    ...site,
    distDir,
    output: () => site.output(),
    stop: async () => {
      await site.stop()
      rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
    },
    restart: async () => {
      await site.stop()
      site = await startSite(siteEnv, 30_000, Number(new URL(site.url).port))
      shared.process = site.process
    },
  }
  return shared
}
