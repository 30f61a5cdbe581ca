import type { ROUTE_INDEX_QUERY_RESULT } from '@/sanity.types'
import { NEWS_PAGE_SIZE } from '@/lib/site-config'
import { contentSource } from '../env'
import { loadEmbeddedDataset } from './embedded'
import { fetchUncached } from './fetch'
import { ROUTE_INDEX_QUERY } from './queries'

/**
 * Which content URLs exist, so the proxy can answer 404 before a page renders. Next 16 cannot server-render the
 * 404 page when notFound() is called from an ISR route with dynamicParams (readers without JavaScript get a blank
 * document), whereas a URL no route matches gets the full not-found page. Kept in memory: for the embedded source
 * until the dataset file changes, for the hosted source for ROUTE_INDEX_TTL_MS (and until the webhook resets it).
 */

export const ROUTE_INDEX_TTL_MS = 60_000

type RouteIndex = { guides: Set<string>; news: Map<string, number> }
type Cached = { index: RouteIndex; loadedAt: number; datasetIdentity: unknown }

const store = globalThis as typeof globalThis & { __routeIndex?: Cached }

function toIndex(result: ROUTE_INDEX_QUERY_RESULT): RouteIndex {
  return {
    guides: new Set(result.guides),
    news: new Map(result.news.flatMap((item) => (item.slug && item.publishedAt ? [[item.slug, Date.parse(item.publishedAt)] as const] : []))),
  }
}

async function currentIndex(now: number): Promise<RouteIndex> {
  const cached = store.__routeIndex
  const datasetIdentity = contentSource === 'embedded' ? loadEmbeddedDataset() : undefined
  const fresh =
    cached &&
    (contentSource === 'embedded' ? cached.datasetIdentity === datasetIdentity : now - cached.loadedAt < ROUTE_INDEX_TTL_MS)
  if (fresh) return cached.index
  const index = toIndex(await fetchUncached(ROUTE_INDEX_QUERY))
  store.__routeIndex = { index, loadedAt: now, datasetIdentity }
  return index
}

/** Forget the index, so the next check reads the source again (after a publish). */
export function resetRouteIndex(): void {
  store.__routeIndex = undefined
}

/**
 * true/false for content URLs the index can judge; undefined for every other path, and when the source cannot
 * be read (the page then decides).
 */
export async function contentRouteExists(pathname: string, now = Date.now()): Promise<boolean | undefined> {
  const segments = pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
  let index: RouteIndex
  try {
    index = await currentIndex(now)
  } catch (error) {
    console.error('[route-index] content source unavailable; letting the page decide.', error)
    return undefined
  }
  const isDue = (slug: string) => (index.news.get(slug) ?? Infinity) <= now
  if (segments.length === 1) return index.guides.has(segments[0])
  if (segments.length === 2 && segments[0] === 'news') return isDue(segments[1])
  if (segments.length === 3 && segments[0] === 'news' && segments[1] === 'page') {
    const page = /^[1-9][0-9]{0,5}$/.test(segments[2]) ? Number(segments[2]) : 0
    const visible = [...index.news.keys()].filter(isDue).length
    return page >= 1 && page <= Math.max(1, Math.ceil(visible / NEWS_PAGE_SIZE))
  }
  return undefined
}
