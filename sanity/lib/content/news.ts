import { defineQuery } from 'groq'
import { NEWS_FEED_SIZE, NEWS_PAGE_SIZE } from '@/lib/site-config'
import type { NEWS_PAGE_QUERY_RESULT } from '@/sanity.types'
import { readContent } from '../fetch'
import { newsPageCursor } from '../route-index'
import { slugTag } from '../tags'
import { bodyProjection, newsCardProjection, personProjection, sourcesProjection, supersededByProjection, visibleNewsFilter } from './fragments'

/**
 * A newer item that will supersede a news item but is not visible yet (scheduled, or without a date): the item's
 * page changes when that date passes (`_dueAt`: the cron route's time-dependent tag) or when the newer item is
 * edited (its `_id`). Lists need no such mark: they list news, and the cron route expires news lists.
 */
const supersededByLaterProjection = `"supersededByLater": select(
  defined(supersededBy->slug.current) && !coalesce(supersededBy->publishedAt <= now(), false) =>
    supersededBy->{ _id, "_dueAt": coalesce(publishedAt, "") }
)`

/** The addresses of the newest $limit visible news items (the ones a build prerenders). */
export const NEWS_SLUGS_QUERY = defineQuery(`*[${visibleNewsFilter}] | order(publishedAt desc)[0...$limit].slug.current`)

/**
 * One page of the news list, newest first, without counting the list (the route index knows how many there are).
 * $before/$beforeId is a filter cursor, the last item of the previous page (Sanity's documented way to page deep
 * into a list); null on page 1, or when the route index cannot say, in which case $start/$end slice the list.
 * Ask for one item more than a page holds to learn whether a next page exists.
 */
export const NEWS_PAGE_QUERY = defineQuery(`{
  "items": *[${visibleNewsFilter} && (!defined($before) || publishedAt < $before || (publishedAt == $before && _id < $beforeId))]
    | order(publishedAt desc, _id desc)[$start...$end]{
    ${newsCardProjection}, ${supersededByProjection}
  }
}`)

export const NEWS_ITEM_QUERY = defineQuery(`*[${visibleNewsFilter} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  "title": string(title),
  "slug": slug.current,
  publishedAt,
  "status": string(status),
  "excerpt": string(excerpt),
  "author": author->${personProjection},
  ${supersededByProjection},
  ${supersededByLaterProjection},
  "body": body[]${bodyProjection},
  ${sourcesProjection}
}`)

/** The latest $limit visible news items with their full bodies, for the RSS and JSON feeds. */
export const NEWS_FEED_QUERY = defineQuery(`*[${visibleNewsFilter}] | order(publishedAt desc)[0...$limit]{
  ${newsCardProjection},
  ${supersededByProjection},
  "author": author->${personProjection},
  _updatedAt,
  "body": body[]${bodyProjection}
}`)

/** Addresses of the newest visible news items, for prerendering (the rest render on their first request). */
export function getNewsSlugs(limit: number) {
  return readContent({ query: NEWS_SLUGS_QUERY, params: { limit }, lists: ['newsItem'] })
}

/**
 * One page (from 1) of the news list and how many pages there are. The route index (read by slices, never per
 * request) knows where the page starts and how many pages there are, so the query neither counts nor skips; when
 * it cannot say, the list is sliced by offset, one item more than a page, so at least the next page is known.
 */
export async function getNewsPage(page: number): Promise<{ items: NewsPageItems; pageCount: number }> {
  const cursor = await newsPageCursor(page)
  const offset = cursor ? 0 : (page - 1) * NEWS_PAGE_SIZE
  const { items } = await readContent({
    query: NEWS_PAGE_QUERY,
    params: { before: cursor?.before?.publishedAt ?? null, beforeId: cursor?.before?.id ?? null, start: offset, end: offset + NEWS_PAGE_SIZE + 1 },
    lists: ['newsItem'],
  })
  const pageCount = cursor?.pageCount ?? (items.length > NEWS_PAGE_SIZE ? page + 1 : page)
  return { items: items.slice(0, NEWS_PAGE_SIZE), pageCount }
}
type NewsPageItems = NEWS_PAGE_QUERY_RESULT['items']

/** One visible news item, embeds resolved. */
export function getNewsItem(slug: string) {
  return readContent({ query: NEWS_ITEM_QUERY, params: { slug }, tags: [slugTag('newsItem', slug)] })
}

/**
 * The newest visible news items with full bodies, for the feeds: a bounded list, so the documents its bodies embed
 * and link to tag it like any page.
 */
export function getNewsFeed() {
  return readContent({ query: NEWS_FEED_QUERY, params: { limit: NEWS_FEED_SIZE }, lists: ['newsItem'] })
}
