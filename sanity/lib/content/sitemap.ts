import type { QueryParams } from '@sanity/client'
import { defineQuery } from 'groq'
import type { SitemapSource } from '@/lib/sitemap'
import type { SITEMAP_FAQS_QUERY_RESULT, SITEMAP_GUIDES_QUERY_RESULT, SITEMAP_NEWS_QUERY_RESULT, SITEMAP_QUERY_RESULT } from '@/sanity.types'
import { readContent } from '../fetch'
import { readBySlices, sliceSize } from '../slices'
import { SITEMAP_FAQS_QUERY } from './faq'
import { visibleNewsFilter } from './fragments'

/**
 * What the sitemap lists besides guides and news (read by slices below): the dates the fixed pages are computed
 * from, newest first and one each, and the generic pages (`page`, a handful; listed whether or not the type exists
 * yet).
 */
export const SITEMAP_QUERY = defineQuery(`{
  "settingsUpdatedAt": *[_id == "siteSettings"][0]._updatedAt,
  "pages": *[_type == "page" && defined(slug.current)] | order(slug.current asc){ "slug": slug.current, _updatedAt },
  "faqUpdatedAt": *[_type == "faq"] | order(_updatedAt desc)[0..0]._updatedAt,
  "comparisonUpdatedAt": *[_type == "comparisonTable"] | order(_updatedAt desc)[0..0]._updatedAt,
  "requirementsUpdatedAt": *[_type == "requirements"] | order(_updatedAt desc)[0..0]._updatedAt
}`)

/** One slice of the sitemap's guides after $lastId in _id order (a filter cursor); sorted by hub order afterwards. */
export const SITEMAP_GUIDES_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current) && _id > $lastId] | order(_id)[0...$size]{
  _id, "slug": slug.current, "order": order, "title": string(title), _updatedAt, reviewedAt, "updates": updates[]{ date }
}`)

/**
 * One slice of the sitemap's news after $lastId in _id order (a filter cursor); sorted newest first afterwards.
 * Visible news only: a scheduled item is not listed before it is due.
 */
export const SITEMAP_NEWS_QUERY = defineQuery(`*[${visibleNewsFilter} && _id > $lastId] | order(_id)[0...$size]{
  _id, "slug": slug.current, publishedAt, _updatedAt
}`)

/** Documents per slice when the sitemap walks guides, news and FAQ entries on the hosted source (see ../slices). */
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

/**
 * Every address of the sitemap with its dates, read by slices. Lists whole types, so it is tagged by list, not by
 * document: any change to a listed type refreshes it.
 */
export function getSitemapEntries() {
  return readSitemapSource((query, params) =>
    readContent({
      query,
      params,
      lists: ['siteSettings', 'guide', 'page', 'newsItem', 'faq', 'comparisonTable', 'requirements'],
      tagDocuments: false,
    }),
  )
}
