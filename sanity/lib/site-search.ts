import 'server-only'
import { LRUCache } from 'lru-cache'
import { keyTerm, matchPattern, searchQueryParams, type SearchTerm } from '@/lib/search'
import { contentSource } from '../env'
import { createHostedClient } from './client'
import { loadEmbeddedDataset, type SanityDocument } from './embedded'
import { SEARCH_QUERY } from './content/search'
import { buildSearchIndex, searchIndex, type SearchFound, type SearchIndex } from './search-index'
import { toContentSourceError } from './source-error'

/**
 * Site search on either source, at a cost that does not grow with every request:
 * - embedded: an index built once per dataset load (./search-index), in the background as soon as the server
 *   listens (warmSearchIndex, called from instrumentation.ts through server/start.mjs), or else on the first
 *   search; a search that comes while it is built waits for that one build. A new dataset version gets a new index
 *   while the previous one keeps answering;
 * - hosted: one GROQ query through Sanity's API CDN, its answers kept in a small in-process cache bounded by
 *   count, size and age, keyed by the normalised words and the page (a flood of made-up queries evicts old
 *   entries instead of growing memory).
 */

type IndexState = { documents: readonly SanityDocument[]; ready?: SearchIndex; building?: Promise<SearchIndex> }
// Kept on globalThis: route handlers and pages may be bundled separately and must share one index per dataset.
const processGlobals = globalThis as typeof globalThis & { __searchIndex?: IndexState }

/** The index of the dataset as loaded now; while a newer dataset's index is built, the previous index answers. */
function currentIndex(): SearchIndex | Promise<SearchIndex> {
  const documents = loadEmbeddedDataset()
  const state = processGlobals.__searchIndex
  if (state?.documents === documents && (state.ready || state.building)) return state.ready ?? (state.building as Promise<SearchIndex>)
  const previous = state?.ready
  const next: IndexState = { documents }
  next.building = buildSearchIndex(documents).then(
    (index) => {
      next.ready = index
      next.building = undefined
      return index
    },
    (error: unknown) => {
      // Forget the failed build so the next search tries again.
      if (processGlobals.__searchIndex === next) processGlobals.__searchIndex = previous ? { documents: state.documents, ready: previous } : undefined
      throw error
    },
  )
  processGlobals.__searchIndex = next
  return previous ?? next.building
}

/**
 * Starts building the embedded source's index, if it is not built or being built, and returns without waiting: at
 * 10,000 news items a build takes seconds, which the first search would otherwise wait out. The build yields to
 * the event loop every few milliseconds, so pages are served meanwhile.
 */
export function warmSearchIndex(): void {
  if (contentSource !== 'embedded') return
  const index = currentIndex()
  // A failed build is forgotten (the next search tries again) and reported by that search.
  if (index instanceof Promise) index.catch(() => undefined)
}

/** Where the embedded index stands, for /api/ready: `null` on the hosted source, which has none. */
export function searchIndexState(): 'ready' | 'building' | 'not built' | null {
  if (contentSource !== 'embedded') return null
  const state = processGlobals.__searchIndex
  if (state?.ready) return 'ready'
  return state?.building ? 'building' : 'not built'
}

/** How long a hosted search answer is reused: as long as shared caches may keep a results page. */
const HOSTED_CACHE_SECONDS = 60
const hostedCache = new LRUCache<string, SearchFound, { terms: readonly SearchTerm[]; page: number }>({
  max: 1_000,
  // About 10 MB of answers at most, measured by their JSON length.
  maxSize: 10_000_000,
  sizeCalculation: (found) => Math.max(1, JSON.stringify(found).length),
  ttl: HOSTED_CACHE_SECONDS * 1_000,
  // Concurrent searches for the same words share one request to Sanity.
  fetchMethod: async (_key, _stale, { context }) => {
    hostedClient ??= createHostedClient({ useCdn: true })
    try {
      return await hostedClient.fetch<SearchFound>(SEARCH_QUERY, searchQueryParams(context.terms, context.page), { signal: AbortSignal.timeout(3_000) })
    } catch (error) {
      throw toContentSourceError(error)
    }
  },
})
let hostedClient: ReturnType<typeof createHostedClient> | undefined

/**
 * The normalised query: the words (lowercased, distinct, prefixes marked) in any order, as `match` needs every one
 * wherever it is, and the key word the passage falls back to; then the page.
 */
const hostedCacheKey = (terms: readonly SearchTerm[], page: number) =>
  `${terms.map((term) => matchPattern([term])).sort().join(' ')}\u0000${keyTerm(terms)}\u0000${page}`

/** One page (from 1) of results for the given words, with the total count. */
export async function searchSite(terms: readonly SearchTerm[], page: number): Promise<SearchFound> {
  if (terms.length === 0) return { total: 0, results: [] }
  if (contentSource === 'embedded') return searchIndex(await currentIndex(), terms, page)
  const found = await hostedCache.fetch(hostedCacheKey(terms, page), { context: { terms, page } })
  if (!found) throw new Error('the hosted search returned nothing')
  return found
}
