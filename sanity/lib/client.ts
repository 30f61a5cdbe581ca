import { createClient } from '@sanity/client'
import { apiHost, apiVersion, dataset, projectId } from '../env'

/**
 * The hosted source. Created only when a project id is configured. Caching is done by sanity/lib/fetch.ts,
 * and the client's requests go through its own HTTP transport, never through Next's fetch cache.
 * `useCdn` is for reads that may lag a publish by the CDN's lifetime (site search, ./site-search).
 */
export function createHostedClient({ useCdn = false }: { useCdn?: boolean } = {}) {
  if (!projectId) throw new Error('NEXT_PUBLIC_SANITY_PROJECT_ID is not set: the hosted source is unavailable.')
  return createClient({
    projectId,
    dataset,
    apiVersion,
    // The CDN is skipped by default: on-demand revalidation must read what was just published.
    useCdn,
    // Fail fast when Sanity is down: the fetch layer then serves the last good result instead of making a
    // reader wait through retries (each request also carries a deadline, see ./fetch).
    maxRetries: 0,
    timeout: 3_000,
    perspective: 'published',
    // No token: published content needs none, and a client without one cannot leak it. Draft preview adds it
    // to its own client (./draft).
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
}
