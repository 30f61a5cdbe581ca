/**
 * @jest-environment node
 */
import type { SanityDocument } from '@sanity/client'
import { compareFaqOrder, FAQ_CATEGORY_VALUES, FAQ_SECTIONS, faqPageOf, faqSectionOf, findFaqSection, OTHER_FAQ_SECTION, previewHasMore } from '@/lib/faq'
import { FAQ_PAGE_SIZE } from '@/lib/site-config'
import { sitemapEntries, sitemapEntryCount, type SitemapSource } from '@/lib/sitemap'
import { faqEntryLocation, faqEntryPath, faqSectionPath } from '@/lib/urls'
import { FAQ_CATEGORIES } from '@/lib/vocabulary'
import { FAQ_SECTION_QUERY } from '@/sanity/lib/content/faq'
import { runQuery } from '../support/seed'

/*
 * The FAQ's pure parts: sections, the editors' order as the route index computes it (it must agree with the query
 * that lists a section, or a permalink would land on the wrong page), pages and addresses.
 */

const faq = (id: string, fields: Record<string, unknown>) => ({ _id: id, _type: 'faq', _createdAt: '', _updatedAt: '', _rev: '', ...fields }) as SanityDocument

describe('the FAQ sections', () => {
  it('follow the vocabulary’s order, then “Other questions”', () => {
    expect(FAQ_SECTIONS.map((section) => section.heading)).toEqual([...FAQ_CATEGORIES.map((category) => category.heading), 'Other questions'])
    expect(faqSectionOf('pricing')).toBe('pricing')
    for (const stray of [undefined, null, '', 'retired', 'Pricing', 3]) expect(faqSectionOf(stray)).toBe(OTHER_FAQ_SECTION)
  })

  it('never take an address the FAQ uses otherwise (the permalinks live at /faq/question/<id>)', () => {
    expect(FAQ_CATEGORY_VALUES).not.toContain(OTHER_FAQ_SECTION)
    expect(findFaqSection('question')).toBeUndefined()
    for (const hostile of ['__proto__', 'constructor', '../availability', 'AVAILABILITY', '']) expect(findFaqSection(hostile)).toBeUndefined()
  })
})

describe('the editors’ order', () => {
  // Ties, missing orders, missing or oddly typed questions, case and non-ASCII: every way two entries can compare.
  const documents = [
    faq('faq-k', { question: 'Zebra?', order: 10, category: 'upgrade' }),
    faq('faq-b', { question: 'apple?', order: 10, category: 'upgrade' }),
    faq('faq-a', { question: 'Apple?', order: 10, category: 'upgrade' }),
    faq('faq-c', { question: 'Éclair?', order: 10, category: 'upgrade' }),
    faq('faq-e', { question: 'Same?', order: 20, category: 'upgrade' }),
    faq('faq-d', { question: 'Same?', order: 20, category: 'upgrade' }),
    faq('faq-f', { question: 'No order?', category: 'upgrade' }),
    faq('faq-g', { question: 'Also no order?', category: 'upgrade' }),
    faq('faq-h', { question: 'Negative?', order: -5, category: 'upgrade' }),
    faq('faq-i', { question: 'Fraction?', order: 10.5, category: 'upgrade' }),
    faq('faq-j', { question: 'Text order?', order: '3', category: 'upgrade' }),
  ]

  it('is the order the section query lists, so the route index knows each entry’s page', async () => {
    const listed = await runQuery<{ _id: string }[]>(documents, FAQ_SECTION_QUERY, { section: 'upgrade', categories: [...FAQ_CATEGORY_VALUES], start: 0, end: 100 })
    const sorted = [...documents].sort(compareFaqOrder).map((document) => document._id)
    expect(sorted).toEqual(listed.map((entry) => entry._id))
    expect(sorted.slice(0, 3)).toEqual(['faq-h', 'faq-a', 'faq-k'])
  })

  it('puts entry n on page ⌊n / page size⌋ + 1', () => {
    expect([0, FAQ_PAGE_SIZE - 1, FAQ_PAGE_SIZE, 3 * FAQ_PAGE_SIZE].map((position) => faqPageOf(position, FAQ_PAGE_SIZE))).toEqual([1, 1, 2, 4])
  })
})

describe('the overview', () => {
  const section = FAQ_SECTIONS[0]
  it('links a section’s own page only when the section holds more than its preview', () => {
    expect(previewHasMore({ section, entries: [1, 2, 3], total: 3 }, 5)).toBe(false)
    expect(previewHasMore({ section, entries: [1, 2, 3, 4, 5], total: 5 }, 5)).toBe(false)
    expect(previewHasMore({ section, entries: [1, 2, 3, 4, 5], total: 6 }, 5)).toBe(true)
    // Size unknown (no route index): a full preview may have more.
    expect(previewHasMore({ section, entries: [1, 2, 3, 4, 5], total: undefined }, 5)).toBe(true)
    expect(previewHasMore({ section, entries: [1, 2], total: undefined }, 5)).toBe(false)
  })
})

describe('FAQ addresses', () => {
  it('give each section page 1 without a page segment, and later pages /page/N', () => {
    expect(faqSectionPath('availability')).toBe('/faq/availability')
    expect(faqSectionPath('availability', 1)).toBe('/faq/availability')
    expect(faqSectionPath('other', 3)).toBe('/faq/other/page/3')
    expect(faqEntryLocation('release', 2, 'faq-x')).toBe('/faq/release/page/2#faq-entry-faq-x')
  })

  it('give every entry a permalink that stays one path segment whatever its id', () => {
    expect(faqEntryPath('faq-is-windows-12-free')).toBe('/faq/question/faq-is-windows-12-free')
    for (const hostile of ['a/../../etc', 'x?y#z', 'a b', '<script>']) expect(faqEntryPath(hostile).split('/')).toHaveLength(4)
  })
})

describe('the sitemap’s FAQ section pages', () => {
  const source = (faqs: SitemapSource['faqs']): SitemapSource => ({
    settingsUpdatedAt: null,
    guides: [],
    pages: [],
    news: [],
    faqUpdatedAt: [],
    faqs,
    comparisonUpdatedAt: [],
    requirementsUpdatedAt: [],
  })
  const entries = (category: string | null, count: number, updatedAt = '2026-01-01T00:00:00Z') => Array.from({ length: count }, () => ({ category, _updatedAt: updatedAt }))

  it('lists every page of every section that holds questions, dated by the section’s latest change', () => {
    const faqs = [...entries('release', FAQ_PAGE_SIZE + 1), ...entries('pricing', 1, '2026-02-03T00:00:00Z'), ...entries(null, 2), ...entries('retired', 1)]
    const listed = sitemapEntries(source(faqs), new Date('2026-06-01T00:00:00Z')).filter((entry) => entry.url.includes('/faq/'))
    expect(listed).toEqual([
      { url: 'http://localhost:3000/faq/release', lastModified: '2026-01-01T00:00:00.000Z' },
      { url: 'http://localhost:3000/faq/release/page/2', lastModified: '2026-01-01T00:00:00.000Z' },
      { url: 'http://localhost:3000/faq/pricing', lastModified: '2026-02-03T00:00:00.000Z' },
      { url: 'http://localhost:3000/faq/other', lastModified: '2026-01-01T00:00:00.000Z' },
    ])
  })

  it.each([[[]], [[1]], [[FAQ_PAGE_SIZE, FAQ_PAGE_SIZE + 1, 2 * FAQ_PAGE_SIZE + 1]]])('are counted from the section sizes alone (%j)', (sizes) => {
    const faqs = sizes.flatMap((size, index) => entries(FAQ_SECTIONS[index].slug === OTHER_FAQ_SECTION ? null : FAQ_SECTIONS[index].slug, size))
    expect(sitemapEntryCount({ topLevelPages: 0, guides: 0, news: 0, faqSections: sizes })).toBe(sitemapEntries(source(faqs)).length)
  })
})
