import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import type { ClientReturn, QueryParams } from '@sanity/client'
import { revalidateSeconds } from '@/lib/site-config'
import { contentSource } from '../env'
import { createHostedClient } from './client'
import { draftPreviewAvailable, fetchDraft } from './draft'
import { embeddedDatasetVersion, queryEmbedded } from './embedded'
import { recallLastGood, rememberLastGood } from './last-good'

/**
 * The only way the site reads content. Runs a query from ./queries against the configured source (hosted
 * Sanity or the embedded dataset), caches the result in Next's data cache under `tags` with the time-based
 * fallback, and de-duplicates identical reads within one render (metadata and page share one query).
 */

export type FetchOptions<Query extends string> = {
  query: Query
  params?: QueryParams
  tags: string[]
}

let hostedClient: ReturnType<typeof createHostedClient> | undefined

async function runQuery<Result>(query: string, params: QueryParams): Promise<Result> {
  if (contentSource === 'embedded') return queryEmbedded<Result>(query, params)
  hostedClient ??= createHostedClient()
  // Next's fetch cache is bypassed: the unstable_cache entry around this call is the one cache layer.
  return hostedClient.fetch<Result>(query, params, { cache: 'no-store' })
}

/**
 * Runs the query; when the source fails, serves (and logs) the result that last succeeded, so a Sanity outage
 * during a re-render does not turn cached pages into errors. Without one, the error propagates: a page being
 * regenerated in the background then keeps its previous version.
 */
async function runQueryKeepingLastGood<Result>(query: string, paramsJson: string): Promise<Result> {
  const key = `${contentSource}\u0000${query}\u0000${paramsJson}`
  try {
    const result = await runQuery<Result>(query, JSON.parse(paramsJson) as QueryParams)
    rememberLastGood(key, result)
    return result
  } catch (error) {
    const remembered = recallLastGood(key)
    if (remembered) {
      console.error(`[sanity] ${contentSource} source failed; serving the last good result.`, error)
      return remembered.value as Result
    }
    throw error
  }
}

/**
 * Part of every cache key: the embedded dataset's file version, so a result computed from an older file is never
 * reused (Next keeps its data cache across builds). The hosted source relies on tags and time instead.
 */
const sourceVersion = () => (contentSource === 'embedded' ? embeddedDatasetVersion() : contentSource)

const cachedFetch = cache(async (query: string, paramsJson: string, tagsJson: string): Promise<unknown> => {
  const tags = JSON.parse(tagsJson) as string[]
  const read = unstable_cache(() => runQueryKeepingLastGood<unknown>(query, paramsJson), [sourceVersion(), query, paramsJson], {
    tags,
    revalidate: revalidateSeconds,
  })
  return read()
})

/**
 * Reads without Next's data cache, for code that runs outside a render (the proxy's route index). Callers keep
 * their own short-lived copy; see sanity/lib/route-index.ts.
 */
export function fetchUncached<const Query extends string>(query: Query, params: QueryParams = {}): Promise<ClientReturn<Query, unknown>> {
  return runQuery<ClientReturn<Query, unknown>>(query, params)
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

export async function sanityFetch<const Query extends string>({
  query,
  params = {},
  tags,
}: FetchOptions<Query>): Promise<ClientReturn<Query, unknown>> {
  if (await isDraftMode()) return fetchDraft<ClientReturn<Query, unknown>>(query, params)
  return (await cachedFetch(query, JSON.stringify(params), JSON.stringify(tags))) as ClientReturn<Query, unknown>
}
