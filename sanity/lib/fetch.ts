import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { unstable_rethrow } from 'next/navigation'
import { cache } from 'react'
import type { ClientReturn, QueryParams } from '@sanity/client'
import { revalidateSeconds } from '@/lib/site-config'
import { contentSource } from '../env'
import { createHostedClient } from './client'
import { draftPreviewAvailable, fetchDraft } from './draft'
import { queryEmbedded } from './embedded'
import { recallLastGood, rememberLastGood } from './last-good'
import { describeSourceError, toContentSourceError } from './source-error'
import { documentTagsOf, listTag, type DocumentType } from './tags'
import { log } from '@/lib/log'

/**
 * How the site reads content. Only the named readers (sanity/lib/content/) call readContent.
 *
 * There is one cache: the page's (or route's) own ISR entry. A read runs the query against the source when the page
 * renders, then tags that page with what the result contains (see ./tags), so a webhook for one document expires
 * exactly the pages that show it. A second, per-query data cache would have to be expired by the same tags, which
 * are only known after the query ran; without it there is nothing to keep in step.
 */

/** A reader never waits longer than this for the hosted source; after that it gets the last good result. */
export const SOURCE_TIMEOUT_MS = 3_000
/**
 * After a request timed out, the hosted source is not asked again for this long: readers get the last good result
 * at once instead of each waiting out the timeout. Refused connections and errors fail fast and need no back-off.
 */
const SOURCE_BACKOFF_MS = 5_000
/** A page rendered from last-good results is re-rendered this soon, so it heals shortly after the source recovers. */
const DEGRADED_REVALIDATE_SECONDS = 30

let hostedClient: ReturnType<typeof createHostedClient> | undefined
const hostedSourceBackoff = globalThis as typeof globalThis & { __sanitySourceFailedAt?: number }

async function runQuery<Result>(query: string, params: QueryParams): Promise<Result> {
  if (contentSource === 'embedded') return queryEmbedded<Result>(query, params)
  const failedAt = hostedSourceBackoff.__sanitySourceFailedAt
  if (failedAt !== undefined && Date.now() - failedAt < SOURCE_BACKOFF_MS) {
    throw new Error(`the hosted source timed out ${Math.round((Date.now() - failedAt) / 1000)} s ago; not asked again yet`)
  }
  hostedClient ??= createHostedClient()
  try {
    // No `cache` option: the client then uses its own HTTP transport rather than Next's patched fetch, which would
    // add a second cache (or, with no-store, make every page dynamic). The page's ISR entry is the cache.
    const result = await hostedClient.fetch<Result>(query, params, { signal: AbortSignal.timeout(SOURCE_TIMEOUT_MS) })
    hostedSourceBackoff.__sanitySourceFailedAt = undefined
    return result
  } catch (error) {
    unstable_rethrow(error)
    const name = (error as { name?: unknown } | null)?.name
    if (name === 'TimeoutError' || name === 'AbortError') hostedSourceBackoff.__sanitySourceFailedAt = Date.now()
    throw toContentSourceError(error)
  }
}

/**
 * Runs the query; when the source fails, serves (and logs) the result that last succeeded, so a Sanity outage
 * during a re-render does not turn cached pages into errors. Without one, a reduced error propagates: a page being
 * regenerated in the background then keeps its previous version.
 */
async function runQueryKeepingLastGood<Result>(query: string, paramsJson: string): Promise<{ result: Result; degraded: boolean }> {
  const key = `${contentSource}\u0000${query}\u0000${paramsJson}`
  try {
    const result = await runQuery<Result>(query, JSON.parse(paramsJson) as QueryParams)
    await rememberLastGood(key, result)
    return { result, degraded: false }
  } catch (error) {
    // Next's own control flow (dynamic usage during a prerender, notFound...) is not a source failure.
    unstable_rethrow(error)
    const remembered = await recallLastGood(key)
    const reason = describeSourceError(error)
    if (remembered) {
      log.error('sanity', `${contentSource} source failed (${reason}); serving the last good result.`)
      return { result: remembered.value as Result, degraded: true }
    }
    log.error('sanity', `${contentSource} source failed (${reason}); no earlier result to serve.`)
    throw toContentSourceError(error)
  }
}

/** One source read per query and params within a render: metadata and page share it. */
const readOnce = cache((query: string, paramsJson: string) => runQueryKeepingLastGood<unknown>(query, paramsJson))

/** Next accepts at most this many tags per cache entry. */
const TAGS_PER_ENTRY = 128
const tagOnlyEntry = async () => true

/**
 * Adds tags to the ISR entry of the page being rendered. unstable_cache is the public API that does this: the
 * tags of every unstable_cache call made during a prerender are collected into the page's entry. The call itself
 * caches nothing of interest (a `true`). Outside a render (generateStaticParams, unit tests) there is no page to
 * tag, and nothing to do.
 */
async function tagCurrentPage(tags: string[], revalidate: number): Promise<void> {
  // At least one call, even without tags: it also sets the page's time-based refresh.
  for (let start = 0; start === 0 || start < tags.length; start += TAGS_PER_ENTRY) {
    const chunk = tags.slice(start, start + TAGS_PER_ENTRY)
    try {
      // The page's time-based refresh is the shortest revalidate among these calls.
      await unstable_cache(tagOnlyEntry, ['page-tags', String(revalidate), ...chunk], { tags: chunk, revalidate })()
    } catch (error) {
      if (!/incrementalCache missing/.test(String(error))) throw error
    }
  }
}

export type ReadOptions<Query extends string> = {
  query: Query
  params?: QueryParams
  /** Types the query lists (`*[_type == T]`), whose additions, deletions and reordering change the result. */
  lists?: readonly DocumentType[]
  /** Tags known before the read, such as the `slug:` tag of a read by address. */
  tags?: readonly string[]
  /**
   * Tag the page with every document in the result (default). Reads that list whole types (sitemap, feeds) turn it
   * off: their list tags already cover every document of those types, and thousands of ids would only bloat the
   * page's entry.
   */
  tagDocuments?: boolean
}

/** Draft mode reads drafts from the hosted source (see ./draft); everything else reads published content. */
async function isDraftMode(): Promise<boolean> {
  if (!draftPreviewAvailable) return false
  try {
    return (await draftMode()).isEnabled
  } catch {
    // Outside a request (generateStaticParams at build time) there is no draft mode.
    return false
  }
}

export async function readContent<const Query extends string>({
  query,
  params = {},
  lists = [],
  tags = [],
  tagDocuments = true,
}: ReadOptions<Query>): Promise<ClientReturn<Query, unknown>> {
  if (await isDraftMode()) return fetchDraft<ClientReturn<Query, unknown>>(query, params)
  const { result, degraded } = await readOnce(query, JSON.stringify(params))
  const pageTags = [...lists.map(listTag), ...tags, ...(tagDocuments ? documentTagsOf(result) : [])]
  await tagCurrentPage(pageTags, degraded ? Math.min(DEGRADED_REVALIDATE_SECONDS, revalidateSeconds) : revalidateSeconds)
  return result as ClientReturn<Query, unknown>
}

/**
 * Reads without tagging anything, for code that runs outside a page render (the proxy's route index, the
 * webhook). No last-good fallback either: callers decide what a failure means.
 */
export function readUntagged<const Query extends string>(query: Query, params: QueryParams = {}): Promise<ClientReturn<Query, unknown>> {
  return runQuery<ClientReturn<Query, unknown>>(query, params)
}

/*
 * readCached: readContent for reads that every request of a dynamic page makes (the site settings and navigation
 * in the layout, the checker's requirements, the search page's suggestions). Through readContent those ran their
 * query and rewrote the last-good copy (file, and Redis) on every request of /search and the checker.
 *
 * The result is kept in memory, and its validity is kept in Next's tagged data cache: a stamp stored with
 * unstable_cache under the same tags readContent gives the page (the result's documents, the lists, the read's
 * own tags). A webhook or cron expiry of any of those tags, or the time-based fallback, replaces the stamp, and
 * the next read finds its stamp outdated and queries again. With REDIS_URL the stamp (and its expiry) is shared by
 * every instance. During a static page's render the stamp's unstable_cache call tags the page exactly as
 * tagCurrentPage does.
 */

type CachedRead = { result: unknown; tags: string[]; stamp: string }
const cachedReads = globalThis as typeof globalThis & { __sanityCachedReads?: Map<string, CachedRead> }

/** A new stamp each time the data cache has to compute one (first use, or after one of its tags expired). */
const newStamp = async () => `${Date.now()}-${Math.random()}`

async function stampFor(key: string, tags: string[]): Promise<string | null> {
  // The tag set is part of the stamp's key: a result that gained a document gets a stamp expired by it too.
  const parts = ['read-stamp', key, ...tags]
  try {
    return await unstable_cache(newStamp, parts, { tags, revalidate: revalidateSeconds })()
  } catch (error) {
    // Outside a request (generateStaticParams, unit tests) there is no data cache: nothing is kept.
    if (/incrementalCache missing/.test(String(error))) return null
    throw error
  }
}

export async function readCached<const Query extends string>(options: ReadOptions<Query>): Promise<ClientReturn<Query, unknown>> {
  const { query, params = {}, lists = [], tags = [], tagDocuments = true } = options
  if (await isDraftMode()) return fetchDraft<ClientReturn<Query, unknown>>(query, params)
  // The layout, the page and their metadata read the settings in one request: one look-up serves them all.
  return (await readCachedOnce(query, JSON.stringify(params), JSON.stringify([lists, tags, tagDocuments]))) as ClientReturn<Query, unknown>
}

const readCachedOnce = cache(async (query: string, paramsJson: string, optionsJson: string): Promise<unknown> => {
  const [lists, tags, tagDocuments] = JSON.parse(optionsJson) as [DocumentType[], string[], boolean]
  const key = `${contentSource}\u0000${query}\u0000${paramsJson}`
  const memory = (cachedReads.__sanityCachedReads ??= new Map())
  const kept = memory.get(key)
  if (kept && (await stampFor(key, kept.tags)) === kept.stamp) return kept.result
  const { result, degraded } = await readOnce(query, paramsJson)
  const resultTags = [...lists.map(listTag), ...tags, ...(tagDocuments ? documentTagsOf(result) : [])]
  // A degraded (last-good) result is not kept, so the next request tries the source again; nor is a result with
  // more tags than one data cache entry takes.
  if (degraded || resultTags.length > TAGS_PER_ENTRY) {
    memory.delete(key)
    await tagCurrentPage(resultTags, degraded ? Math.min(DEGRADED_REVALIDATE_SECONDS, revalidateSeconds) : revalidateSeconds)
    return result
  }
  const stamp = await stampFor(key, resultTags)
  if (stamp !== null) memory.set(key, { result, tags: resultTags, stamp })
  return result
})
