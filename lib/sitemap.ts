import type { MetadataRoute } from 'next'
import { latestDate } from './dates'
import { guideModifiedAt } from './review'
import { FAQ_SECTIONS, faqSectionOf } from './faq'
import { FAQ_PAGE_SIZE, GUIDE_LIST_PAGE_SIZE, NEWS_PAGE_SIZE } from './site-config'
import { absoluteUrl } from './absolute-url'
import { CHECKER_PATH, documentPath, FAQ_PATH, faqSectionPath, guideListPath, HOME_PATH, newsListPath, sitemapFilePath } from './urls'
import { escapeMarkup } from './markup'

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_URL_LIMIT = 50_000
/**
 * URLs per sitemap file: well under the protocol's limit, so each file stays about a megabyte (a crawler reads it
 * in one go, and a re-render after a publish writes little). 10,000 news items make three files.
 */
export const SITEMAP_FILE_SIZE = 5_000

/** How many sitemap files `total` URLs need (at least one, so an empty site still has a valid sitemap). */
export function sitemapFileCount(total: number, perFile: number = SITEMAP_FILE_SIZE): number {
  if (!Number.isInteger(perFile) || perFile < 1) throw new RangeError(`perFile must be a positive integer, got ${perFile}`)
  return Math.max(1, Math.ceil(Math.max(0, total) / perFile))
}

/** The ids of the sitemap files, as generateSitemaps returns them. */
export function sitemapIds(total: number, perFile: number = SITEMAP_FILE_SIZE): { id: number }[] {
  return Array.from({ length: sitemapFileCount(total, perFile) }, (_, id) => ({ id }))
}

/**
 * The entries of sitemap file `id` (from 0): a slice of at most `perFile` entries; an empty list for an id that is
 * not a whole number or lies past the end.
 */
export function sitemapFile<Entry>(entries: readonly Entry[], id: number, perFile: number = SITEMAP_FILE_SIZE): Entry[] {
  if (!Number.isInteger(id) || id < 0 || id >= sitemapFileCount(entries.length, perFile)) return []
  return entries.slice(id * perFile, (id + 1) * perFile)
}

/**
 * How many addresses sitemapEntries lists for a site with `topLevelPages` guides and pages (`guides` of them
 * guides), `news` visible news items and FAQ sections of `faqSections` entries each: what the proxy needs to tell
 * which sitemap files exist (see sanity/lib/route-index.ts), from counts alone. __tests__/unit/file-routes.test.ts
 * holds it to sitemapEntries.
 */
export function sitemapEntryCount({
  topLevelPages,
  guides,
  news,
  faqSections,
}: {
  topLevelPages: number
  guides: number
  news: number
  faqSections: readonly number[]
}): number {
  const newsListPages = Math.max(1, Math.ceil(news / NEWS_PAGE_SIZE))
  const guideListPages = Math.max(1, Math.ceil(guides / GUIDE_LIST_PAGE_SIZE))
  const faqSectionPages = faqSections.reduce((sum, size) => sum + Math.ceil(Math.max(0, size) / FAQ_PAGE_SIZE), 0)
  // The hub, the FAQ and the PC checker, the "All guides" pages, the guides and pages, the news list pages and the
  // news items, the pages of the FAQ's sections.
  return 3 + guideListPages + topLevelPages + newsListPages + news + faqSectionPages
}

/** The id of sitemap file `name` ("0.xml", "1.xml" ... as sitemapFilePath writes them), or null for any other name. */
export function sitemapFileId(name: string): number | null {
  const match = /^(0|[1-9]\d{0,8})\.xml$/.exec(name)
  return match ? Number(match[1]) : null
}

/** What the sitemap is made of, with the dates each address's lastModified comes from. */
export type SitemapSource = {
  settingsUpdatedAt: string | null
  guides: ReadonlyArray<{
    slug: string
    _updatedAt: string
    reviewedAt: string | null
    updates?: ReadonlyArray<{ date?: string | null } | null> | null
  }>
  pages: ReadonlyArray<{ slug: string; _updatedAt: string }>
  /** Visible news only, newest first (the order of the news list pages). */
  news: ReadonlyArray<{ slug: string; publishedAt: string; _updatedAt: string }>
  faqUpdatedAt: ReadonlyArray<string>
  /** Every FAQ entry (any order): the pages of its section are listed, not its permalink (a redirect). */
  faqs: ReadonlyArray<{ category: string | null; _updatedAt: string }>
  comparisonUpdatedAt: ReadonlyArray<string>
  requirementsUpdatedAt: ReadonlyArray<string>
}

type Entry = MetadataRoute.Sitemap[number]

function entry(path: string, lastModified: string | undefined): Entry {
  return lastModified ? { url: absoluteUrl(path), lastModified } : { url: absoluteUrl(path) }
}

/**
 * Every indexable address of the site, in reading order: the hub, the "All guides" pages, the guides, the generic pages, the news list
 * pages, the news items, the FAQ and its sections' pages, and the PC checker. Search results are left out (noindex). lastModified is when
 * the page last changed for readers: a guide's latest review or logged update (its last edit when it has neither); a news item's publication
 * or later edit; a list's newest entry. Nothing is dated after `now`.
 */
export function sitemapEntries(source: SitemapSource, now: Date = new Date()): Entry[] {
  const newsModified = source.news.map((item) => latestDate([item.publishedAt, item._updatedAt], now))
  const guidesModified = source.guides.map((guide) => guideModifiedAt(guide, now))
  const newsPages: Entry[] = []
  for (let start = 0, page = 1; start < source.news.length || page === 1; start += NEWS_PAGE_SIZE, page += 1) {
    newsPages.push(entry(newsListPath(page), latestDate(newsModified.slice(start, start + NEWS_PAGE_SIZE), now)))
  }
  // The "All guides" pages: any guide's change may move guides between them.
  const allGuidesModified = latestDate(guidesModified, now)
  const guidePages = Array.from({ length: Math.max(1, Math.ceil(source.guides.length / GUIDE_LIST_PAGE_SIZE)) }, (_, index) =>
    entry(guideListPath(index + 1), allGuidesModified),
  )
  const faqModified = latestDate(source.faqUpdatedAt, now)
  // Each FAQ section's pages, in the overview's order: any change in a section may move entries between its pages.
  const faqSectionPages = FAQ_SECTIONS.flatMap(({ slug }) => {
    const entries = source.faqs.filter((faq) => faqSectionOf(faq.category) === slug)
    const modified = latestDate(entries.map((faq) => faq._updatedAt), now)
    return Array.from({ length: Math.ceil(entries.length / FAQ_PAGE_SIZE) }, (_, index) => entry(faqSectionPath(slug, index + 1), modified))
  })
  const hubModified = latestDate(
    [source.settingsUpdatedAt, ...guidesModified, ...newsModified.slice(0, 3), faqModified, ...source.comparisonUpdatedAt],
    now,
  )
  return [
    entry(HOME_PATH, hubModified),
    ...guidePages,
    ...source.guides.map((guide, index) => entry(documentPath('guide', guide.slug), guidesModified[index])),
    ...source.pages.map((page) => entry(documentPath('page', page.slug), latestDate([page._updatedAt], now))),
    ...newsPages,
    ...source.news.map((item, index) => entry(documentPath('newsItem', item.slug), newsModified[index])),
    entry(FAQ_PATH, faqModified),
    ...faqSectionPages,
    entry(CHECKER_PATH, latestDate(source.requirementsUpdatedAt, now)),
  ]
}


/**
 * A sitemap index (sitemaps.org protocol) listing sitemap files. Next writes the files themselves (app/sitemaps/sitemap.ts)
 * but has no index; the format is four elements, written here.
 */
export function sitemapIndexXml(files: ReadonlyArray<{ url: string; lastModified?: string }>): string {
  const items = files.map(
    (file) =>
      `<sitemap>\n<loc>${escapeMarkup(file.url)}</loc>\n${file.lastModified ? `<lastmod>${escapeMarkup(file.lastModified)}</lastmod>\n` : ''}</sitemap>\n`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('')}</sitemapindex>\n`
}

/** The index entries: one per sitemap file, dated by the newest address it lists. */
export function sitemapIndexEntries(entries: readonly Entry[], perFile: number = SITEMAP_FILE_SIZE): { url: string; lastModified?: string }[] {
  return sitemapIds(entries.length, perFile).map(({ id }) => {
    const lastModified = latestDate(sitemapFile(entries, id, perFile).map((item) => (typeof item.lastModified === 'string' ? item.lastModified : item.lastModified?.toISOString())))
    return lastModified ? { url: absoluteUrl(sitemapFilePath(id)), lastModified } : { url: absoluteUrl(sitemapFilePath(id)) }
  })
}
