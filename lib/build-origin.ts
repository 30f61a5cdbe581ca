import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { distDir as configuredDistDir, siteIndexing, siteUrl } from './site-config'

/*
 * One origin. `next build` bakes SITE_URL into every prerendered page (canonical links, Open Graph, JSON-LD, feed
 * links) and into the security headers (HSTS and upgrade-insecure-requests for an https address), while route
 * handlers rendered per request (robots.txt, the calendar) read it at start. A server started with another
 * SITE_URL would name two origins at once, so the build records the origin it used and a production server
 * started with a different one refuses to start (lib/startup-check.ts). Node.js only.
 */

/** What the build recorded. */
export type BuildOrigin = { siteUrl: string; indexing: boolean }

/**
 * Beside the prerendered pages, in `server/app/`, which `output: 'standalone'` copies whole (it copies only the
 * files Next lists from the rest of `server/`).
 */
export const buildOriginFile = (distDir: string) => path.join(distDir, 'server', 'app', 'site-origin.json')

/** Called by `next build` after compiling, before prerendering (next.config.ts). */
export function recordBuildOrigin(distDir: string): void {
  const record: BuildOrigin = { siteUrl, indexing: siteIndexing }
  mkdirSync(path.dirname(buildOriginFile(distDir)), { recursive: true })
  writeFileSync(buildOriginFile(distDir), `${JSON.stringify(record)}\n`)
}

/** The origin the build at `distDir` recorded; null when there is no record (`next dev`, or no prerendered pages). */
export function readBuildOrigin(distDir = configuredDistDir): BuildOrigin | null {
  const file = buildOriginFile(path.resolve(distDir))
  if (!existsSync(file)) return null
  const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildOrigin>
  return typeof record.siteUrl === 'string' ? { siteUrl: record.siteUrl, indexing: record.indexing === true } : null
}

/**
 * Why this server must not start with the build at `distDir`, or null. Only SITE_URL is compared: SITE_INDEXING
 * decides robots.txt, which is read per request, and nothing prerendered depends on it, so it can be switched at
 * start.
 */
export function buildOriginProblem(build: BuildOrigin | null, startedWith: string = siteUrl): string | null {
  if (!build || build.siteUrl === startedWith) return null
  return (
    `SITE_URL is ${startedWith}, but the pages of this build were prerendered with ${build.siteUrl} (canonical links, ` +
    `Open Graph, JSON-LD and feed links would name ${build.siteUrl} while robots.txt and the calendar name ` +
    `${startedWith}). Either start with SITE_URL=${build.siteUrl}, or build again with SITE_URL=${startedWith} ` +
    `(SITE_URL=${startedWith} npm run build).`
  )
}
