import { FAQ_CATEGORIES, isFaqCategory, OTHER_FAQ_HEADING } from './vocabulary'

/**
 * The FAQ's sections: one per category of the vocabulary, in its order, then "Other questions" for entries with no
 * known category. Each section has a page of its own (/faq/<section>); its address segment is the category's value.
 * Pure functions only: the route index (sanity/lib) and the pages share them.
 */

/** The section of entries without a known category (no category value may take this name: lib/vocabulary). */
export const OTHER_FAQ_SECTION = 'other'

export type FaqSection = { slug: string; heading: string }

export const FAQ_SECTIONS: readonly FaqSection[] = [
  ...FAQ_CATEGORIES.map(({ value, heading }) => ({ slug: value as string, heading })),
  { slug: OTHER_FAQ_SECTION, heading: OTHER_FAQ_HEADING },
]

/** The values the "other" section leaves out, as the section query's `$categories` parameter. */
export const FAQ_CATEGORY_VALUES: readonly string[] = FAQ_CATEGORIES.map(({ value }) => value)

/** The section an entry with this category belongs to. */
export function faqSectionOf(category: unknown): string {
  return isFaqCategory(category) ? category : OTHER_FAQ_SECTION
}

/** The section with this address segment, or undefined (an unknown or hostile segment). */
export function findFaqSection(slug: string): FaqSection | undefined {
  return FAQ_SECTIONS.find((section) => section.slug === slug)
}

/** What the editors' order of entries depends on. */
export type FaqOrderKey = { _id: string; order?: unknown; question?: unknown }

/**
 * The editors' order, exactly as the section query sorts (`order(order asc, question asc, _id asc)`): GROQ puts
 * numbers before strings before anything else (null last), compares strings by code unit, and keeps values of
 * other types tied. The route index sorts with this to know which page of its section an entry is on.
 */
export function compareFaqOrder(a: FaqOrderKey, b: FaqOrderKey): number {
  return compareGroqValues(a.order, b.order) || compareGroqValues(a.question, b.question) || compareGroqValues(a._id, b._id)
}

function groqRank(value: unknown): number {
  if (typeof value === 'number') return 2
  if (typeof value === 'string') return 3
  if (typeof value === 'boolean') return 4
  return 100
}

function compareGroqValues(a: unknown, b: unknown): number {
  const rank = groqRank(a) - groqRank(b)
  if (rank !== 0) return rank
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return 0
}

/** The page (from 1) of its section that the entry at `position` (from 0, in the editors' order) is on. */
export function faqPageOf(position: number, pageSize: number): number {
  return Math.floor(Math.max(0, position) / pageSize) + 1
}

/** One section of the overview: its first entries and how many it holds in all (undefined when unknown). */
export type FaqPreview<Entry> = { section: FaqSection; entries: Entry[]; total: number | undefined }

/**
 * Whether the overview links a section's own page: when the section holds more than the preview shows (or, when
 * its size is unknown, when the preview is full).
 */
export function previewHasMore(preview: FaqPreview<unknown>, previewSize: number): boolean {
  return preview.total === undefined ? preview.entries.length >= previewSize : preview.total > preview.entries.length
}
