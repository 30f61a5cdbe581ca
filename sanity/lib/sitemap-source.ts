import type { QueryParams } from '@sanity/client'
import type { SitemapSource } from '@/lib/sitemap'
import type { SITEMAP_FAQS_QUERY_RESULT, SITEMAP_GUIDES_QUERY_RESULT, SITEMAP_NEWS_QUERY_RESULT, SITEMAP_QUERY_RESULT } from '@/sanity.types'
import { SITEMAP_FAQS_QUERY } from './content/faq'
import { SITEMAP_GUIDES_QUERY, SITEMAP_NEWS_QUERY, SITEMAP_QUERY } from './queries'
import { readBySlices, sliceSize } from './slices'

/** Documents per slice when the sitemap walks guides and news on the hosted source (see ./slices). */
export const SITEMAP_SLICE_SIZE = 2_000

type Run = (query: string, params: QueryParams) => Promise<unknown>

/** Every document a slice query returns, slice after slice (a filter cursor on _id, no deep offsets). */
function readAll<Item extends { _id: string }>(run: Run, query: string): Promise<Item[]> {
  return readBySlices((params) => run(query, params) as Promise<Item[]>, sliceSize(SITEMAP_SLICE_SIZE))
}

/**
 * What the sitemap lists, read with `run` (the reader's tagged read, or a test's query runner): the fixed part in
 * one query, guides and news by slices, then put in reading order (guides in hub order, news newest first).
 */
export async function readSitemapSource(run: Run): Promise<SitemapSource> {
  const [fixed, guides, news, faqs] = await Promise.all([
    run(SITEMAP_QUERY, {}) as Promise<SITEMAP_QUERY_RESULT>,
    readAll<SITEMAP_GUIDES_QUERY_RESULT[number]>(run, SITEMAP_GUIDES_QUERY),
    readAll<SITEMAP_NEWS_QUERY_RESULT[number]>(run, SITEMAP_NEWS_QUERY),
    readAll<SITEMAP_FAQS_QUERY_RESULT[number]>(run, SITEMAP_FAQS_QUERY),
  ])
  const byHubOrder = (a: (typeof guides)[number], b: (typeof guides)[number]) =>
    (a.order ?? Infinity) - (b.order ?? Infinity) || (a.title ?? '').localeCompare(b.title ?? '') || a._id.localeCompare(b._id)
  return {
    ...fixed,
    faqs,
    guides: guides
      .filter((guide): guide is typeof guide & { slug: string } => typeof guide.slug === 'string')
      .sort(byHubOrder),
    news: news
      .filter((item): item is typeof item & { slug: string; publishedAt: string } => typeof item.slug === 'string' && typeof item.publishedAt === 'string')
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || (a._id < b._id ? 1 : -1)),
  }
}
