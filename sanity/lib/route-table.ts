import { compareFaqOrder, faqSectionOf } from '@/lib/faq'

/*
 * The route index's table: every routable document and FAQ entry by id, and the lookups requests make, derived
 * from them once per change. No I/O here: ./route-index reads, saves, refreshes and shares it.
 */

/**
 * A document as the index records it (ROUTE_INDEX_SLICE_QUERY's or ROUTE_INDEX_FAQ_SLICE_QUERY's items, or a saved
 * or prerendered copy): a routable document by its slug, an FAQ entry (`_type` "faq") by its section and order.
 */
export type RouteEntry = {
  _id: string
  _type: string
  slug?: string | null
  publishedAt?: string | null
  category?: string | null
  order?: unknown
  question?: unknown
}
export type NewsEntry = { id: string; slug: string; publishedAt: string; time: number }
type FaqPlace = { section: string; position: number }

const isFaqEntry = (entry: RouteEntry) => entry._type === 'faq' && typeof entry.question === 'string'

/** The index: entries by id, and the lookups requests need, derived from them. */
export class RouteIndex {
  readonly byId = new Map<string, RouteEntry>()
  private derived?: {
    topLevel: Set<string>
    guideCount: number
    news: Map<string, NewsEntry>
    newsByDate: NewsEntry[]
    faqSizes: Map<string, number>
    faqPlaces: Map<string, FaqPlace>
  }

  /**
   * `knowsFaqs` false: an index made from the prerendered pages, which cannot tell FAQ entries apart (FAQ
   * addresses are then left to the pages).
   */
  constructor(
    entries: Iterable<RouteEntry>,
    readonly knowsFaqs = true,
  ) {
    for (const entry of entries) this.byId.set(entry._id, entry)
  }

  /** Records what a webhook said about one document (null: it is gone). */
  update(id: string, entry: RouteEntry | null): void {
    if (entry && (typeof entry.slug === 'string' || isFaqEntry(entry))) this.byId.set(id, entry)
    else this.byId.delete(id)
    this.derived = undefined
  }

  private lookups() {
    if (this.derived) return this.derived
    const topLevel = new Set<string>()
    const news = new Map<string, NewsEntry>()
    let guideCount = 0
    const faqsBySection = new Map<string, RouteEntry[]>()
    for (const entry of this.byId.values()) {
      if (isFaqEntry(entry)) {
        const section = faqSectionOf(entry.category)
        const entries = faqsBySection.get(section) ?? []
        entries.push(entry)
        faqsBySection.set(section, entries)
        continue
      }
      if (typeof entry.slug !== 'string') continue
      if (entry._type === 'newsItem') {
        const time = typeof entry.publishedAt === 'string' ? Date.parse(entry.publishedAt) : NaN
        if (Number.isFinite(time)) news.set(entry.slug, { id: entry._id, slug: entry.slug, publishedAt: entry.publishedAt as string, time })
      } else {
        // Guides and pages share the top-level addresses.
        topLevel.add(entry.slug)
        if (entry._type === 'guide') guideCount += 1
      }
    }
    // Newest first, as the news list shows them (publishedAt desc, then _id desc, as NEWS_PAGE_QUERY orders).
    const newsByDate = [...news.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    // Each FAQ section in the editors' order, as FAQ_SECTION_QUERY sorts it.
    const faqSizes = new Map<string, number>()
    const faqPlaces = new Map<string, FaqPlace>()
    for (const [section, entries] of faqsBySection) {
      faqSizes.set(section, entries.length)
      entries.sort(compareFaqOrder).forEach((entry, position) => faqPlaces.set(entry._id, { section, position }))
    }
    this.derived = { topLevel, guideCount, news, newsByDate, faqSizes, faqPlaces }
    return this.derived
  }

  /** How many entries FAQ section `section` holds (0 for an empty or unknown one). */
  faqSectionSize = (section: string) => this.lookups().faqSizes.get(section) ?? 0
  faqSectionSizes = () => new Map(this.lookups().faqSizes)
  faqPlace = (id: string) => this.lookups().faqPlaces.get(id)

  hasTopLevel = (slug: string) => this.lookups().topLevel.has(slug)
  /** Guides and pages: the addresses of the top level. */
  topLevelCount = () => this.lookups().topLevel.size
  guideCount = () => this.lookups().guideCount
  isDueNews = (slug: string, now: number) => (this.lookups().news.get(slug)?.time ?? Infinity) <= now

  /** Where the due news start in newsByDate: items scheduled later are at its front, skipped by bisection. */
  private firstDue(now: number): number {
    const { newsByDate } = this.lookups()
    let low = 0
    let high = newsByDate.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (newsByDate[middle].time > now) low = middle + 1
      else high = middle
    }
    return low
  }

  /** How many news items are due now (no copy of the list: the proxy asks on every list page request). */
  dueNewsCount = (now: number) => this.lookups().newsByDate.length - this.firstDue(now)
  /** The due news item at `position` (from 0), newest first. */
  dueNewsAt = (now: number, position: number): NewsEntry | undefined => (position < 0 ? undefined : this.lookups().newsByDate[this.firstDue(now) + position])

}
