import type { ROUTE_INDEX_QUERY_RESULT } from '@/sanity.types'
import { parsePageParam, pageWindow } from '@/lib/pagination'
import { NEWS_PAGE_SIZE } from '@/lib/site-config'
import { contentSource } from '../env'
import { loadEmbeddedDataset } from './embedded'
import { readUntagged } from './fetch'
import { ROUTE_INDEX_QUERY } from './queries'

/**
 * Which content URLs exist, so the proxy can answer 404 before a page renders. Next 16 cannot server-render the
 * 404 page when notFound() is called from an ISR route with dynamicParams (readers without JavaScript get a blank
 * document), whereas a URL no route matches gets the full not-found page. Kept in memory: for the embedded source
 * until the dataset file changes, for the hosted source for ROUTE_INDEX_TTL_MS (and until the webhook resets it).
 * When the index cannot be read, every path is let through and the page itself decides.
 */

export const ROUTE_INDEX_TTL_MS = 60_000
/** A reader waits at most this long for the first index of a process; later refreshes happen in the background. */
export const ROUTE_INDEX_COLD_TIMEOUT_MS = 3_000
/** After a failed read, the source is not asked again for this long. */
const RETRY_AFTER_FAILURE_MS = 10_000

type RouteIndex = { guides: Set<string>; news: Map<string, number> }
type State = {
  index?: RouteIndex
  loadedAt: number
  datasetIdentity?: unknown
  refreshing?: Promise<RouteIndex>
  failedAt?: number
}

const store = globalThis as typeof globalThis & { __routeIndex?: State }
const state = (): State => (store.__routeIndex ??= { loadedAt: 0 })

function toIndex(result: ROUTE_INDEX_QUERY_RESULT): RouteIndex {
  return {
    // Guides and pages share the top-level addresses.
    guides: new Set([...result.guides, ...result.pages]),
    news: new Map(result.news.flatMap((item) => (item.slug && item.publishedAt ? [[item.slug, Date.parse(item.publishedAt)] as const] : []))),
  }
}

/** One read at a time; the result (or the failure time) is recorded in the state. */
function refresh(current: State, now: number, datasetIdentity: unknown): Promise<RouteIndex> {
  current.refreshing ??= readUntagged(ROUTE_INDEX_QUERY)
    .then((result) => {
      const index = toIndex(result)
      Object.assign(current, { index, loadedAt: now, datasetIdentity, failedAt: undefined })
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

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`route index not read within ${ms} ms`)), ms))])

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
  const recentlyFailed = current.failedAt !== undefined && now - current.failedAt < RETRY_AFTER_FAILURE_MS
  if (current.index) {
    if (now - current.loadedAt >= ROUTE_INDEX_TTL_MS && !recentlyFailed) {
      refresh(current, now, undefined).catch((error: unknown) => console.error('[route-index] refresh failed; keeping the previous index.', error))
    }
    return current.index
  }
  if (recentlyFailed) return undefined
  return withTimeout(refresh(current, now, undefined), ROUTE_INDEX_COLD_TIMEOUT_MS)
}

/** Forget the index, so the next check reads the source again (after a publish). */
export function resetRouteIndex(): void {
  store.__routeIndex = { loadedAt: 0 }
}

/**
 * true/false for content URLs the index can judge; undefined for every other path, and when the source cannot
 * be read (the page then decides).
 */
export async function contentRouteExists(pathname: string, now = Date.now()): Promise<boolean | undefined> {
  const segments = pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
  let index: RouteIndex | undefined
  try {
    index = await currentIndex(now)
  } catch (error) {
    console.error('[route-index] content source unavailable; letting the page decide.', error)
    return undefined
  }
  if (!index) return undefined
  const isDue = (slug: string) => (index.news.get(slug) ?? Infinity) <= now
  if (segments.length === 1) return index.guides.has(segments[0])
  if (segments.length === 2 && segments[0] === 'news') return isDue(segments[1])
  if (segments.length === 3 && segments[0] === 'news' && segments[1] === 'page') {
    const page = parsePageParam(segments[2])
    const visible = [...index.news.keys()].filter(isDue).length
    return page !== null && pageWindow(page, visible, NEWS_PAGE_SIZE) !== null
  }
  return undefined
}
