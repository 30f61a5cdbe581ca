import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ROUTE_INDEX_QUERY_RESULT } from '@/sanity.types'
import { parsePageParam, pageWindow } from '@/lib/pagination'
import { decodeSegments } from '@/lib/routes'
import { sitemapEntryCount, sitemapFileId, sitemapIds } from '@/lib/sitemap'
import { broadcast, onBroadcast } from '@/lib/redis'
import { distDir as buildFolder, NEWS_PAGE_SIZE } from '@/lib/site-config'
import { contentSource } from '../env'
import { reportContentProblems } from './content-problems'
import { loadEmbeddedDataset } from './embedded'
import { readUntagged } from './fetch'
import { ROUTE_INDEX_QUERY } from './queries'
import { describeSourceError } from './source-error'
import { log } from '@/lib/log'

/**
 * Which content URLs exist, so the proxy can answer 404 before a page renders. Next 16 cannot server-render the
 * 404 page when notFound() is called from an ISR route with dynamicParams (readers without JavaScript get a blank
 * document), whereas a URL no route matches gets the full not-found page. Kept in memory: for the embedded source
 * until the dataset file changes, for the hosted source for ROUTE_INDEX_TTL_MS, and until a webhook (on any
 * instance, through Redis when REDIS_URL is set) says published content changed.
 *
 * The hosted index also survives outages: every index read is saved in the build's cache folder, and a process
 * that cannot reach Sanity starts from that copy, or, before any was saved, from the pages the build prerendered.
 */

export const ROUTE_INDEX_TTL_MS = 60_000
/** A reader waits at most this long for the first index of a process; later refreshes happen in the background. */
export const ROUTE_INDEX_COLD_TIMEOUT_MS = 3_000
/** After a failed read, the source is not asked again for this long. */
const RETRY_AFTER_FAILURE_MS = 10_000
/** The broadcast channel a webhook uses to make every instance forget its index. */
const CONTENT_CHANGED = 'content-changed'

type RouteIndex = {
  /** Slugs of the top-level addresses: guides and pages share /<slug>. */
  topLevelSlugs: Set<string>
  news: Map<string, number>
}
type State = {
  index?: RouteIndex
  loadedAt: number
  datasetIdentity?: unknown
  refreshing?: Promise<RouteIndex>
  failedAt?: number
}

const routeIndexGlobals = globalThis as typeof globalThis & { __routeIndex?: State; __routeIndexSubscribed?: boolean }
const state = (): State => (routeIndexGlobals.__routeIndex ??= { loadedAt: 0 })

function toIndex(result: ROUTE_INDEX_QUERY_RESULT): RouteIndex {
  return {
    // Guides and pages share the top-level addresses (an index saved by an older version has no pages).
    topLevelSlugs: new Set([...result.guides, ...(result.pages ?? [])].filter((slug): slug is string => typeof slug === 'string')),
    news: new Map(
      result.news.flatMap((item) => {
        const publishedAt = item.publishedAt ? Date.parse(item.publishedAt) : NaN
        return typeof item.slug === 'string' && Number.isFinite(publishedAt) ? [[item.slug, publishedAt] as const] : []
      }),
    ),
  }
}

// The build folder only (turbopackIgnore: the path is not an input of the build, nothing to trace).
const distDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), buildFolder)
const savedIndexFile = () => path.join(distDir(), 'cache', 'route-index.json')

/** Best effort: a read-only file system only loses the outage copy. */
function saveIndex(result: ROUTE_INDEX_QUERY_RESULT): void {
  try {
    mkdirSync(path.dirname(savedIndexFile()), { recursive: true })
    const temporary = `${savedIndexFile()}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(result))
    renameSync(temporary, savedIndexFile())
  } catch {
    // See above.
  }
}

/** The index saved by the last successful read, or one made from the routes the build prerendered. */
function fallbackIndex(): RouteIndex | undefined {
  try {
    return toIndex(JSON.parse(readFileSync(savedIndexFile(), 'utf8')) as ROUTE_INDEX_QUERY_RESULT)
  } catch {
    // No saved copy yet.
  }
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir(), 'prerender-manifest.json'), 'utf8')) as { routes?: Record<string, unknown> }
    const routes = Object.keys(manifest.routes ?? {})
    const single = (pattern: RegExp) => routes.flatMap((route) => pattern.exec(route)?.[1] ?? [])
    return {
      topLevelSlugs: new Set(single(/^\/([^/]+)$/)),
      // Prerendered news was due at build time.
      news: new Map(single(/^\/news\/((?!page$)[^/]+)$/).map((slug) => [slug, 0] as const)),
    }
  } catch {
    return undefined
  }
}

function subscribeOnce(): void {
  if (routeIndexGlobals.__routeIndexSubscribed) return
  routeIndexGlobals.__routeIndexSubscribed = true
  onBroadcast(CONTENT_CHANGED, () => {
    routeIndexGlobals.__routeIndex = { loadedAt: 0 }
  })
}

/** One read at a time; the result (or the failure time) is recorded in the state. */
function refresh(current: State, now: number, datasetIdentity: unknown): Promise<RouteIndex> {
  current.refreshing ??= readUntagged(ROUTE_INDEX_QUERY)
    .then((result) => {
      const index = toIndex(result)
      Object.assign(current, { index, loadedAt: now, datasetIdentity, failedAt: undefined })
      if (contentSource === 'hosted') saveIndex(result)
      // In the background: readers do not wait for it.
      void reportContentProblems()
      return index
    })
    .catch((error: unknown) => {
      current.failedAt = Date.now()
      throw error
    })
    .finally(() => {
      current.refreshing = undefined
    })
  return current.refreshing
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`route index not read within ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * The embedded source is judged against the dataset as it is now (reading it is a lookup in memory). The hosted
 * index is stale-while-revalidate: an existing index answers at once and an old one is refreshed in the
 * background, so a slow or unreachable Sanity never holds up a reader.
 */
async function currentIndex(now: number): Promise<RouteIndex | undefined> {
  const current = state()
  if (contentSource === 'embedded') {
    const dataset = loadEmbeddedDataset()
    if (current.index && current.datasetIdentity === dataset) return current.index
    return refresh(current, now, dataset)
  }
  subscribeOnce()
  const recentlyFailed = current.failedAt !== undefined && now - current.failedAt < RETRY_AFTER_FAILURE_MS
  if (current.index) {
    if (now - current.loadedAt >= ROUTE_INDEX_TTL_MS && !recentlyFailed) {
      refresh(current, now, undefined).catch((error: unknown) =>
        log.error('route-index', `refresh failed (${describeSourceError(error)}); keeping the previous index.`),
      )
    }
    return current.index
  }
  if (!recentlyFailed) {
    try {
      return await withTimeout(refresh(current, now, undefined), ROUTE_INDEX_COLD_TIMEOUT_MS)
    } catch (error) {
      log.error('route-index', `content source unavailable (${describeSourceError(error)}); using the saved index.`)
    }
  }
  // Kept as the current index (loadedAt 0: refreshed on the next request after the back-off).
  const fallback = fallbackIndex()
  if (fallback) Object.assign(current, { index: fallback, loadedAt: 0 })
  return fallback
}

/** Forget the index on this instance and, through Redis, on every other one (after a publish). */
export async function resetRouteIndex(): Promise<void> {
  routeIndexGlobals.__routeIndex = { loadedAt: 0 }
  await broadcast(CONTENT_CHANGED)
}

/**
 * true/false for content URLs the index can judge; undefined for every other path, and when the source cannot
 * be read (the page then decides).
 */
export async function contentRouteExists(pathname: string, now = Date.now()): Promise<boolean | undefined> {
  const segments = decodeSegments(pathname)
  // An address that cannot be decoded names no content.
  if (segments === null) return false
  const sitemapId = segments.length === 3 && segments[0] === 'sitemaps' && segments[1] === 'sitemap' ? sitemapFileId(segments[2]) : undefined
  // Not a sitemap file's name at all: no need to ask the source.
  if (sitemapId === null) return false
  let index: RouteIndex | undefined
  try {
    index = await currentIndex(now)
  } catch (error) {
    log.error('route-index', `content source unavailable (${describeSourceError(error)}); letting the page decide.`, { route: pathname })
    return undefined
  }
  if (!index) return undefined
  const isDue = (slug: string) => (index.news.get(slug) ?? Infinity) <= now
  if (sitemapId !== undefined) {
    // The same ids generateSitemaps returns (app/sitemaps/sitemap.ts), from the same function.
    const total = sitemapEntryCount({ topLevelPages: index.topLevelSlugs.size, news: [...index.news.keys()].filter(isDue).length })
    return sitemapIds(total).some(({ id }) => id === sitemapId)
  }
  if (segments.length === 1) return index.topLevelSlugs.has(segments[0])
  if (segments.length === 2 && segments[0] === 'news') return isDue(segments[1])
  if (segments.length === 3 && segments[0] === 'news' && segments[1] === 'page') {
    const page = parsePageParam(segments[2])
    const visible = [...index.news.keys()].filter(isDue).length
    return page !== null && pageWindow(page, visible, NEWS_PAGE_SIZE) !== null
  }
  return undefined
}
