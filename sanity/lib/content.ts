import type { SearchTerm } from '@/lib/search'
import { NEWS_FEED_SIZE, NEWS_PAGE_SIZE } from '@/lib/site-config'
import { readCached, readContent } from './fetch'
import {
  CHECKER_QUERY,
  FAQ_PAGE_QUERY,
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
  SITEMAP_QUERY,
} from './queries'
import { searchSite } from './site-search'
import { slugTag } from './tags'

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

/** Everything the hub shows: settings, the guides, the comparison, the latest news, an FAQ preview. */
export function getHub() {
  return readContent({ query: HUB_QUERY, lists: ['guide', 'newsItem', 'faq', 'comparisonTable'] })
}

/** Addresses of every guide, for prerendering. */
export function getGuideSlugs() {
  return readContent({ query: GUIDE_SLUGS_QUERY, lists: ['guide'] })
}

/** One guide with its body, embeds resolved (what they show tags the page: see ./tags). */
export function getGuide(slug: string) {
  return readContent({ query: GUIDE_QUERY, params: { slug }, tags: [slugTag('guide', slug)] })
}

/** Addresses of the visible news items, newest first. */
export function getNewsSlugs() {
  return readContent({ query: NEWS_SLUGS_QUERY, lists: ['newsItem'] })
}

/** One page (from 1) of the news list, with the total count of visible items. */
export function getNewsPage(page: number) {
  const start = (page - 1) * NEWS_PAGE_SIZE
  return readContent({ query: NEWS_PAGE_QUERY, params: { start, end: start + NEWS_PAGE_SIZE }, lists: ['newsItem'] })
}

/** One visible news item, embeds resolved. */
export function getNewsItem(slug: string) {
  return readContent({ query: NEWS_ITEM_QUERY, params: { slug }, tags: [slugTag('newsItem', slug)] })
}

/** Every FAQ entry, in editors' order. */
export function getFaqs() {
  return readContent({ query: FAQ_PAGE_QUERY, lists: ['faq'] })
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
 * Every address of the sitemap with its dates. Lists whole types, so it is tagged by list, not by document: any
 * change to a listed type refreshes it.
 */
export function getSitemapEntries() {
  return readContent({
    query: SITEMAP_QUERY,
    lists: ['siteSettings', 'guide', 'page', 'newsItem', 'faq', 'comparisonTable', 'requirements'],
    tagDocuments: false,
  })
}

/**
 * The newest visible news items with full bodies, for the feeds: a bounded list, so the documents its bodies embed
 * and link to tag it like any page.
 */
export function getNewsFeed() {
  return readContent({ query: NEWS_FEED_QUERY, params: { limit: NEWS_FEED_SIZE }, lists: ['newsItem'] })
}
