/**
 * The named readers: the only way pages, layouts and route handlers read content (`@/sanity/lib/content`). Each
 * lives beside its queries, one file per page kind, owns its parameters and what it lists (see ../tags for how a
 * result tags the page that shows it), and returns the app's types. Shared projections: ./fragments. Components
 * receive what these return; they never read content themselves.
 */

export { getReleaseMilestones } from './calendar'
export { getCheckerRequirements } from './checker'
export { findFaqEntry, getFaqOverview, getFaqSectionPage, getFaqSectionSizes } from './faq'
export { getGuide, getGuideList, getGuideSlugs } from './guides'
export { getHub } from './hub'
export { getNewsFeed, getNewsItem, getNewsPage, getNewsSlugs } from './news'
export { getPage, getPageSlugs } from './pages'
export { getPopularGuides, getSearchResults } from './search'
export { getSiteSettings, navigationGuideIds } from './settings'
export { getSitemapEntries } from './sitemap'
