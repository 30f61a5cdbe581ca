import type { SearchTerm } from '@/lib/search'
import { pageCount as pageCountOf } from '@/lib/pagination'
import { GUIDE_LIST_PAGE_SIZE, NEWS_FEED_SIZE, NEWS_PAGE_SIZE } from '@/lib/site-config'
import type { NEWS_PAGE_QUERY_RESULT, SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import { readCached, readContent } from './fetch'
import {
  CHECKER_QUERY,
  FIRST_GUIDES_QUERY,
  GUIDE_LIST_QUERY,
  GUIDE_QUERY,
  GUIDE_SLUGS_QUERY,
  HUB_QUERY,
  NEWS_FEED_QUERY,
  NEWS_ITEM_QUERY,
  NEWS_PAGE_QUERY,
  NEWS_SLUGS_QUERY,
  PAGE_QUERY,
  PAGE_SLUGS_QUERY,
  POPULAR_GUIDES_QUERY,
  RELEASE_MILESTONES_QUERY,
  SITE_SETTINGS_QUERY,
} from './queries'
import { listSizes, newsPageCursor } from './route-index'
import { searchSite } from './site-search'
import { readSitemapSource } from './sitemap-source'
import { slugTag } from './tags'

export * from './content/faq'

/**
 * The named readers: the only way pages, layouts and route handlers read content. Each owns its query, its
 * parameters and what it lists (see ./tags for how a result tags the page that shows it). Components receive
 * what these return; they never read content themselves.
 */

/**
 * Site title, tagline, description, disclaimer and the header navigation (every page). Cached in memory under its
 * tags (readCached): dynamic pages (search, the checker) read it on every request.
 */
export function getSiteSettings() {
  return readCached({ query: SITE_SETTINGS_QUERY })
}

/** At most this many guides on the hub; the "All guides" pages list every one. */
export const HUB_GUIDE_LIMIT = 24
/** Guides on the hub when the navigation links none. */
const HUB_FALLBACK_GUIDES = 8

/** The guides the navigation links, in its order, each once. */
export function navigationGuideIds(navigation: NavigationGroups): string[] {
  return [...new Set((navigation ?? []).flatMap((group) => (group.links ?? []).map((link) => link._ref)))]
}
type NavigationGroups = NonNullable<SITE_SETTINGS_QUERY_RESULT>['navigation'] | undefined

/**
 * Everything the hub shows: settings, a bounded selection of guides (the navigation's; the first few in hub order
 * when it links none), the comparison, the latest news, an FAQ preview.
 */
export async function getHub() {
  const listed = navigationGuideIds((await getSiteSettings())?.navigation).slice(0, HUB_GUIDE_LIMIT)
  const guideIds = listed.length > 0 ? listed : await readContent({ query: FIRST_GUIDES_QUERY, params: { limit: HUB_FALLBACK_GUIDES }, lists: ['guide'] })
  return readContent({ query: HUB_QUERY, params: { guideIds }, lists: ['guide', 'newsItem', 'faq', 'comparisonTable'] })
}

/** Addresses of the first guides in hub order, for prerendering (the rest render on their first request). */
export function getGuideSlugs(limit: number) {
  return readContent({ query: GUIDE_SLUGS_QUERY, params: { limit }, lists: ['guide'] })
}

/** One guide with its body, embeds resolved (what they show tags the page: see ./tags). */
export function getGuide(slug: string) {
  return readContent({ query: GUIDE_QUERY, params: { slug }, tags: [slugTag('guide', slug)] })
}

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

/**
 * One page (from 1) of the "All guides" list: the navigation's guides first, in its order, then every other guide
 * in the editors' hub order, GUIDE_LIST_PAGE_SIZE per page. `navigationIds` are the guides the navigation links
 * (bounded: the header shows them all). The page count comes from the route index.
 */
export async function getGuideList(page: number, navigationIds: readonly string[]) {
  const start = (page - 1) * GUIDE_LIST_PAGE_SIZE
  const end = start + GUIDE_LIST_PAGE_SIZE
  const listedIds = navigationIds.slice(start, end)
  const result = await readContent({
    query: GUIDE_LIST_QUERY,
    params: {
      listedIds,
      navigationIds: [...navigationIds],
      start: Math.max(0, start - navigationIds.length),
      end: Math.max(0, end - navigationIds.length),
    },
    lists: ['guide'],
  })
  const sizes = await listSizes()
  const byId = new Map(result.listed.map((guide) => [guide._id, guide]))
  const guides = [...listedIds.flatMap((id) => byId.get(id) ?? []), ...result.others]
  // Without the index, a full page suggests a next one.
  const pageCount = sizes ? pageCountOf(sizes.guides, GUIDE_LIST_PAGE_SIZE) : page + (guides.length === GUIDE_LIST_PAGE_SIZE ? 1 : 0)
  return { guides, pageCount }
}

/** One visible news item, embeds resolved. */
export function getNewsItem(slug: string) {
  return readContent({ query: NEWS_ITEM_QUERY, params: { slug }, tags: [slugTag('newsItem', slug)] })
}

/** Addresses of every page (About, Editorial policy...), for prerendering. */
export function getPageSlugs() {
  return readContent({ query: PAGE_SLUGS_QUERY, lists: ['page'] })
}

/** One page by its address (pages and guides share /slug). */
export function getPage(slug: string) {
  return readContent({ query: PAGE_QUERY, params: { slug }, tags: [slugTag('page', slug)] })
}

/**
 * One page (from 1) of search results for the given words, with the total count. Not readContent: the search page
 * is rendered per request and cached nowhere on the server, so there is no page entry to tag, and readContent
 * would keep a last-good copy of every distinct query in memory and under .next/cache, which a flood of made-up
 * queries would grow without bound. The embedded source answers from an index, the hosted source through the API
 * CDN with a bounded result cache (./site-search). A source failure reaches the page, which says search is
 * unavailable.
 */
export function getSearchResults(terms: readonly SearchTerm[], page: number) {
  return searchSite(terms, page)
}

/** A few guides to offer when a search has nothing to search for. */
export function getPopularGuides() {
  return readCached({ query: POPULAR_GUIDES_QUERY, lists: ['guide'], tagDocuments: false })
}

/**
 * The requirements the PC checker compares against, and the guide that explains how to check each value. Cached
 * under its tags (readCached): the checker is rendered per request.
 */
export function getCheckerRequirements() {
  return readCached({ query: CHECKER_QUERY, lists: ['requirements', 'guide'] })
}

/** Every dated release milestone, for the calendar feed. */
export function getReleaseMilestones() {
  return readContent({ query: RELEASE_MILESTONES_QUERY, lists: ['releaseMilestone'] })
}

/**
 * Every address of the sitemap with its dates, read by slices (see ./sitemap-source). Lists whole types, so it is
 * tagged by list, not by document: any change to a listed type refreshes it.
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

/**
 * The newest visible news items with full bodies, for the feeds: a bounded list, so the documents its bodies embed
 * and link to tag it like any page.
 */
export function getNewsFeed() {
  return readContent({ query: NEWS_FEED_QUERY, params: { limit: NEWS_FEED_SIZE }, lists: ['newsItem'] })
}
