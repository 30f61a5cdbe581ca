import { defineQuery } from 'groq'
import { FAQ_CATEGORY_VALUES, FAQ_SECTIONS, type FaqPreview } from '@/lib/faq'
import { pageCount as pageCountOf } from '@/lib/pagination'
import { FAQ_PAGE_SIZE, FAQ_PREVIEW_SIZE } from '@/lib/site-config'
import type { FAQ_SECTION_QUERY_RESULT } from '@/sanity.types'
import { readContent } from '../fetch'
import { faqEntryPlace, faqSectionSizes } from '../route-index'
import { simpleTextProjection } from './fragments'

/*
 * The FAQ's queries and readers. The FAQ is read one section at a time and one slice of a section at a time (a
 * section holds hundreds of entries at most, so offsets stay shallow); how many entries each section holds, and
 * where an entry is, come from the route index (../route-index), never from a count per request.
 */

/**
 * Entries $start to $end of one FAQ section in the editors' order: a category of the vocabulary, or "other" (every
 * entry whose category is none of $categories). `_id` last, so entries with the same order and question keep one
 * order (the route index sorts the same way: lib/faq.ts compareFaqOrder).
 */
export const FAQ_SECTION_QUERY = defineQuery(`*[_type == "faq" && defined(question) && select(
  $section == "other" => !defined(category) || !(category in $categories),
  category == $section
)] | order(order asc, question asc, _id asc)[$start...$end]{
  _id, "question": string(question), "answer": answer[]${simpleTextProjection}
}`)

/** One slice of the sitemap's FAQ entries after $lastId in _id order (a filter cursor): their sections' pages. */
export const SITEMAP_FAQS_QUERY = defineQuery(`*[_type == "faq" && defined(question) && _id > $lastId] | order(_id)[0...$size]{
  _id, "category": string(category), _updatedAt
}`)

export type FaqEntry = FAQ_SECTION_QUERY_RESULT[number]

function readSection(section: string, start: number, end: number) {
  return readContent({ query: FAQ_SECTION_QUERY, params: { section, categories: [...FAQ_CATEGORY_VALUES], start, end }, lists: ['faq'] })
}

/**
 * The FAQ overview: each section in the vocabulary's order (then "Other questions") with its first
 * FAQ_PREVIEW_SIZE entries and its size; sections without entries are left out. Every section is read, even one
 * the index says is empty, so the page is tagged with the FAQ list and a new entry anywhere refreshes it.
 */
export async function getFaqOverview(): Promise<FaqPreview<FaqEntry>[]> {
  const sizes = await faqSectionSizes()
  const previews = await Promise.all(
    FAQ_SECTIONS.map(async (section) => ({
      section,
      entries: await readSection(section.slug, 0, FAQ_PREVIEW_SIZE),
      total: sizes ? (sizes.get(section.slug) ?? 0) : undefined,
    })),
  )
  return previews.filter((preview) => preview.entries.length > 0)
}

/**
 * Page `page` (from 1) of one FAQ section, with the number of pages it fills. When the route index cannot say,
 * a full page is assumed to have a next one (the reader's next page then answers 404 if it is empty).
 */
export async function getFaqSectionPage(section: string, page: number): Promise<{ entries: FaqEntry[]; pageCount: number; total: number | undefined }> {
  const [sizes, entries] = await Promise.all([faqSectionSizes(), readSection(section, (page - 1) * FAQ_PAGE_SIZE, page * FAQ_PAGE_SIZE)])
  const total = sizes ? (sizes.get(section) ?? 0) : undefined
  const pageCount = total !== undefined ? pageCountOf(total, FAQ_PAGE_SIZE) : page + (entries.length === FAQ_PAGE_SIZE ? 1 : 0)
  return { entries, pageCount, total }
}

/**
 * Where FAQ entry `id` is listed now (its section and the page of it), for its permalink; null when there is no
 * such entry, undefined when the route index cannot say.
 */
export function findFaqEntry(id: string) {
  return faqEntryPlace(id)
}

/** How many entries each FAQ section holds (sections without entries absent); undefined when the index cannot say. */
export function getFaqSectionSizes() {
  return faqSectionSizes()
}
