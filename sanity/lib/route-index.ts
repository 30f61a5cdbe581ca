import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { defineQuery } from 'groq'
import type {
  ROUTE_INDEX_DOCUMENT_QUERY_RESULT,
  ROUTE_INDEX_FAQ_SLICE_QUERY_RESULT,
  ROUTE_INDEX_SLICE_QUERY_RESULT,
} from '@/sanity.types'
import { faqPageOf, findFaqSection } from '@/lib/faq'
import { parsePageParam, pageWindow } from '@/lib/pagination'
import { decodeSegments } from '@/lib/routes'
import { documentAt, faqPageAt, isRoutableType, listPageAt, sitemapFileAt } from '@/lib/urls'
import { sitemapEntryCount, sitemapFileId, sitemapIds } from '@/lib/sitemap'
import { broadcast, onBroadcast } from '@/lib/redis'
import { distDir as buildFolder, FAQ_PAGE_SIZE, GUIDE_LIST_PAGE_SIZE, NEWS_PAGE_SIZE } from '@/lib/site-config'
import { contentSource } from '../env'
import { checkDocumentForProblems, reportContentProblems } from './content-problems'
import { loadEmbeddedDataset } from './embedded'
import { readUntagged } from './fetch'
import { readBySlices, sliceSize } from './slices'
import { describeSourceError } from './source-error'
import { log } from '@/lib/log'
import { RouteIndex, type RouteEntry } from './route-table'

/**
 * Which content URLs exist, so the proxy can answer 404 before a page renders. Next 16 cannot server-render the
 * 404 page when notFound() is called from an ISR route with dynamicParams (readers without JavaScript get a blank
 * document), whereas a URL no route matches gets the full not-found page. The list pages also read from it how
 * many pages there are and where each starts, so no request counts the news. It also records every FAQ entry's
 * section and place in the editors' order: how large each FAQ section is, and which page of its section an entry's
 * permalink (/faq/question/<id>) leads to.
 *
 * Read whole by slices with a filter cursor on _id (Sanity's documented pagination, no deep offsets), at most every
 * ROUTE_INDEX_TTL_MS per instance, in the background once an index exists; for the embedded source also when a
 * new version of the dataset file is loaded (its queries scan the file anyway). A webhook updates only the document
 * it names, on this instance and, through Redis when REDIS_URL is set, on every other one. Every request is then a
 * lookup in memory.
 *
 * The hosted index also survives outages: every full read is saved in the build's cache folder, and a process
 * that cannot reach Sanity starts from that copy, or, before any was saved, from the pages the build prerendered.
 */

export const ROUTE_INDEX_TTL_MS = 10 * 60_000
/** Documents per slice of a full read of the hosted source (see ./slices). */
export const ROUTE_INDEX_SLICE_SIZE = 2_000
/** A reader waits at most this long for the first index of a process; later refreshes happen in the background. */
export const ROUTE_INDEX_COLD_TIMEOUT_MS = 3_000
/** After a failed read, the source is not asked again for this long. */
const RETRY_AFTER_FAILURE_MS = 10_000
/** The broadcast channel a webhook uses to make every instance update the document it names. */
const CONTENT_CHANGED = 'content-changed'

/**
 * One slice of the route index: routable documents after $lastId in _id order (a filter cursor, Sanity's
 * documented way to read a whole type: no deep offsets). publishedAt is checked per request so due news appears on
 * time.
 */
export const ROUTE_INDEX_SLICE_QUERY = defineQuery(`*[_type in ["guide", "page", "newsItem"] && defined(slug.current) && _id > $lastId] | order(_id)[0...$size]{
  _id, _type, "slug": slug.current, publishedAt
}`)

/**
 * One document as the route index records it, after a webhook named it: the fields of a routable document and
 * those an FAQ entry's place depends on, so one round trip serves either; null when it is gone.
 */
export const ROUTE_INDEX_DOCUMENT_QUERY = defineQuery(`*[_id == $id][0]{ _id, _type, "slug": slug.current, publishedAt, "category": string(category), order, question }`)

/**
 * FAQ entries as the index records them: what their section and the editors' order depend on (lib/faq.ts). They
 * have no address of their own but the permalink, so they are read apart from the routable documents.
 */
export const ROUTE_INDEX_FAQ_SLICE_QUERY = defineQuery(`*[_type == "faq" && defined(question) && _id > $lastId] | order(_id)[0...$size]{
  _id, _type, "category": string(category), order, question
}`)


const sliceEntries = (slice: ROUTE_INDEX_SLICE_QUERY_RESULT | ROUTE_INDEX_FAQ_SLICE_QUERY_RESULT): RouteEntry[] => slice

type State = {
  index?: RouteIndex
  loadedAt: number
  datasetIdentity?: unknown
  refreshing?: Promise<RouteIndex>
  failedAt?: number
}

const routeIndexGlobals = globalThis as typeof globalThis & { __routeIndex?: State; __routeIndexSubscribed?: boolean }
const state = (): State => (routeIndexGlobals.__routeIndex ??= { loadedAt: 0 })

// The build folder only (turbopackIgnore: the path is not an input of the build, nothing to trace).
const distDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), buildFolder)
const savedIndexFile = () => path.join(distDir(), 'cache', 'route-index.json')

/** Best effort: a read-only file system only loses the outage copy. */
function saveIndex(entries: RouteEntry[]): void {
  try {
    mkdirSync(path.dirname(savedIndexFile()), { recursive: true })
    const temporary = `${savedIndexFile()}.${process.pid}.tmp`
    // knowsFaqs: the entries include the FAQ's (a copy saved before the index recorded them does not).
    writeFileSync(temporary, JSON.stringify({ entries, knowsFaqs: true }))
    renameSync(temporary, savedIndexFile())
  } catch {
    // See above.
  }
}

/** The index saved by the last successful read, or one made from the routes the build prerendered. */
function fallbackIndex(): RouteIndex | undefined {
  try {
    const saved = JSON.parse(readFileSync(savedIndexFile(), 'utf8')) as { entries?: RouteEntry[]; knowsFaqs?: unknown }
    if (Array.isArray(saved.entries)) return new RouteIndex(saved.entries, saved.knowsFaqs === true)
  } catch {
    // No saved copy yet.
  }
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir(), 'prerender-manifest.json'), 'utf8')) as { routes?: Record<string, unknown> }
    return new RouteIndex(
      Object.keys(manifest.routes ?? {}).flatMap((route): RouteEntry[] => {
        const document = documentAt(decodeSegments(route) ?? [])
        if (!document) return []
        // A top-level page stands for a guide or a page alike; prerendered news was due at build time.
        const news = document.types.includes('newsItem')
        const publishedAt = news ? '1970-01-01T00:00:00Z' : null
        return [{ _id: `prerendered:${route}`, _type: news ? 'newsItem' : 'guide', slug: document.slug, publishedAt }]
      }),
      false,
    )
  } catch {
    return undefined
  }
}

/** Reads every routable document and every FAQ entry, slice by slice. */
async function readAllEntries(): Promise<RouteEntry[]> {
  // Two independent walks, read side by side: a cold start waits for the longer one only.
  const [routable, faqs] = await Promise.all([
    readBySlices(async (params) => sliceEntries(await readUntagged(ROUTE_INDEX_SLICE_QUERY, params)), sliceSize(ROUTE_INDEX_SLICE_SIZE)),
    readBySlices(async (params) => sliceEntries(await readUntagged(ROUTE_INDEX_FAQ_SLICE_QUERY, params)), sliceSize(ROUTE_INDEX_SLICE_SIZE)),
  ])
  return [...routable, ...faqs]
}

/** Reads the one document a webhook named and records it in this instance's index (if it has one). */
async function updateFromSource(id: string): Promise<void> {
  const current = state()
  if (!current.index) return
  const entry: ROUTE_INDEX_DOCUMENT_QUERY_RESULT = await readUntagged(ROUTE_INDEX_DOCUMENT_QUERY, { id })
  // RouteIndex.update keeps a routable document with an address and an FAQ entry with a question.
  const recorded: RouteEntry | null = entry && (isRoutableType(entry._type) || entry._type === 'faq') ? entry : null
  current.index?.update(id, recorded)
  void checkDocumentForProblems(id)
}

function subscribeOnce(): void {
  if (routeIndexGlobals.__routeIndexSubscribed) return
  routeIndexGlobals.__routeIndexSubscribed = true
  onBroadcast(CONTENT_CHANGED, (id) => {
    updateFromSource(id).catch((error: unknown) => {
      log.error('route-index', `could not read ${id} after a webhook (${describeSourceError(error)}); reading everything again.`)
      state().loadedAt = 0
    })
  })
}

/** One read at a time; the result (or the failure time) is recorded in the state. */
function refresh(current: State, now: number, datasetIdentity: unknown): Promise<RouteIndex> {
  current.refreshing ??= readAllEntries()
    .then((entries) => {
      const index = new RouteIndex(entries)
      Object.assign(current, { index, loadedAt: now, datasetIdentity, failedAt: undefined })
      if (contentSource === 'hosted') saveIndex(entries)
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
 * The embedded source is judged against the dataset as it is now: a new version of the file is read into a new
 * index once. The hosted index is stale-while-revalidate: an existing index answers at once and an old one is
 * refreshed in the background, so a slow or unreachable Sanity never holds up a reader.
 */
async function currentIndex(now: number): Promise<RouteIndex | undefined> {
  const current = state()
  if (contentSource === 'embedded') {
    const dataset = loadEmbeddedDataset()
    if (current.index && current.datasetIdentity === dataset && now - current.loadedAt < ROUTE_INDEX_TTL_MS) return current.index
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

/**
 * How long a webhook waits for the changed document's entry before it expires pages: long enough for a healthy
 * source (a list re-rendered right after then counts the document), short enough that a hanging source does not
 * hold up the webhook (its entry is then updated when the read returns, or everything is read again).
 */
const WEBHOOK_INDEX_WAIT_MS = 1_000

/**
 * After a publish: updates the index entry of the document the webhook names, on this instance and, through Redis,
 * on every other one. When the document cannot be read, this instance reads everything again on its next request.
 */
export async function updateRouteIndex(id: string): Promise<void> {
  const updated = updateFromSource(id).catch((error: unknown) => {
    log.error('route-index', `could not read ${id} after a webhook (${describeSourceError(error)}); reading everything again.`)
    state().loadedAt = 0
  })
  let timer: NodeJS.Timeout | undefined
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, WEBHOOK_INDEX_WAIT_MS)
  })
  // Other instances read the document themselves: they need not wait for this one's read.
  await Promise.all([broadcast(CONTENT_CHANGED, id), Promise.race([updated, waited]).finally(() => clearTimeout(timer))])
}

/** How many due news items and guides there are now, for the list pages; undefined when the source cannot say. */
export async function listSizes(now = Date.now()): Promise<{ news: number; guides: number } | undefined> {
  try {
    const index = await currentIndex(now)
    return index ? { news: index.dueNewsCount(now), guides: index.guideCount() } : undefined
  } catch {
    return undefined
  }
}

/**
 * Where page `page` of the news list starts: the last item of the previous page, as NEWS_PAGE_QUERY's cursor,
 * and how many pages there are. undefined when the index cannot say (the list then slices by offset).
 */
export async function newsPageCursor(
  page: number,
  now = Date.now(),
): Promise<{ pageCount: number; before: { publishedAt: string; id: string } | null } | undefined> {
  try {
    const index = await currentIndex(now)
    if (!index) return undefined
    const previous = page > 1 ? index.dueNewsAt(now, (page - 1) * NEWS_PAGE_SIZE - 1) : undefined
    return {
      pageCount: Math.max(1, Math.ceil(index.dueNewsCount(now) / NEWS_PAGE_SIZE)),
      before: previous ? { publishedAt: previous.publishedAt, id: previous.id } : null,
    }
  } catch {
    return undefined
  }
}

/**
 * true/false for content URLs the index can judge; undefined for every other path, and when the source cannot
 * be read (the page then decides).
 */
export async function contentRouteExists(pathname: string, now = Date.now()): Promise<boolean | undefined> {
  const segments = decodeSegments(pathname)
  // An address that cannot be decoded names no content.
  if (segments === null) return false
  const sitemapFile = sitemapFileAt(segments)
  const sitemapId = sitemapFile === undefined ? undefined : sitemapFileId(sitemapFile)
  // Not a sitemap file's name at all: no need to ask the source.
  if (sitemapId === null) return false
  let index: RouteIndex | undefined
  try {
    index = await currentIndex(now)
  } catch (error) {
    log.error('route-index', `content source unavailable (${describeSourceError(error)}); letting the page decide.`)
    return undefined
  }
  if (!index) return undefined
  if (sitemapId !== undefined) {
    // The same ids generateSitemaps returns (app/sitemaps/sitemap.ts), from the same function.
    const total = sitemapEntryCount({
      topLevelPages: index.topLevelCount(),
      guides: index.guideCount(),
      news: index.dueNewsCount(now),
      faqSections: [...index.faqSectionSizes().values()],
    })
    return sitemapIds(total).some(({ id }) => id === sitemapId)
  }
  const listPage = listPageAt(segments)
  if (listPage) {
    const page = parsePageParam(listPage.page)
    const [size, pageSize] = listPage.list === 'news' ? [index.dueNewsCount(now), NEWS_PAGE_SIZE] : [index.guideCount(), GUIDE_LIST_PAGE_SIZE]
    return page !== null && pageWindow(page, size, pageSize) !== null
  }
  const faqPage = faqPageAt(segments)
  if (faqPage) {
    if (!index.knowsFaqs) return undefined
    if ('entry' in faqPage) return index.faqPlace(faqPage.entry) !== undefined
    // A section exists while it holds an entry, and so do the pages its entries fill.
    const size = index.faqSectionSize(findFaqSection(faqPage.section)?.slug ?? '')
    if (faqPage.page === null) return size > 0
    const page = parsePageParam(faqPage.page)
    return page !== null && size > 0 && pageWindow(page, size, FAQ_PAGE_SIZE) !== null
  }
  const document = documentAt(segments)
  if (document?.types.includes('newsItem')) return index.isDueNews(document.slug, now)
  if (document) return index.hasTopLevel(document.slug)
  return undefined
}

/** How many entries each FAQ section holds now (sections without entries are absent); undefined when unknown. */
export async function faqSectionSizes(now = Date.now()): Promise<Map<string, number> | undefined> {
  try {
    const index = await currentIndex(now)
    return index?.knowsFaqs ? index.faqSectionSizes() : undefined
  } catch {
    return undefined
  }
}

/**
 * Where FAQ entry `id` is listed now: its section and the page of it. null when no entry has this id; undefined
 * when the index cannot say.
 */
export async function faqEntryPlace(id: string, now = Date.now()): Promise<{ section: string; page: number } | null | undefined> {
  try {
    const index = await currentIndex(now)
    if (!index?.knowsFaqs) return undefined
    const place = index.faqPlace(id)
    return place ? { section: place.section, page: faqPageOf(place.position, FAQ_PAGE_SIZE) } : null
  } catch {
    return undefined
  }
}
