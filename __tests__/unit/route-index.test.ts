/**
 * @jest-environment node
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { evaluateGroq, parseDataset } from '@/sanity/lib/embedded'
import { contentRouteExists, faqEntryPlace, faqSectionSizes, listSizes, newsPageCursor, ROUTE_INDEX_SLICE_QUERY, ROUTE_INDEX_SLICE_SIZE } from '@/sanity/lib/route-index'
import { readBySlices } from '@/sanity/lib/slices'

const NOW = Date.parse('2026-11-21T12:00:00Z')
const news = (n: number, publishedAt: string) => ({ _id: `news-${n}`, _type: 'newsItem', slug: { _type: 'slug', current: `item-${n}` }, publishedAt })

describe('contentRouteExists (embedded source)', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'route-index-')), 'data.ndjson')
  const write = (documents: object[]) => writeFileSync(file, documents.map((doc) => JSON.stringify(doc)).join('\n'))

  beforeAll(() => {
    process.env.SANITY_EMBEDDED_DATASET = file
    write([
      { _id: 'guide-a', _type: 'guide', slug: { _type: 'slug', current: 'guide-a' } },
      { _id: 'guide-draftless', _type: 'guide' },
      { _id: 'page-about', _type: 'page', slug: { _type: 'slug', current: 'about' } },
      ...Array.from({ length: 11 }, (_, n) => news(n, '2026-01-01T00:00:00Z')),
      news(99, '2026-11-21T12:00:05Z'),
    ])
  })
  afterAll(() => {
    delete process.env.SANITY_EMBEDDED_DATASET
  })

  it('knows which guides and pages exist (they share the top-level addresses)', async () => {
    expect(await contentRouteExists('/guide-a', NOW)).toBe(true)
    expect(await contentRouteExists('/about', NOW)).toBe(true)
    expect(await contentRouteExists('/guide-b', NOW)).toBe(false)
  })

  it('treats news as existing only once it is due', async () => {
    expect(await contentRouteExists('/news/item-3', NOW)).toBe(true)
    expect(await contentRouteExists('/news/item-99', NOW)).toBe(false)
    expect(await contentRouteExists('/news/item-99', NOW + 5_000)).toBe(true)
    expect(await contentRouteExists('/news/nothing', NOW)).toBe(false)
  })

  it('bounds the news list pages by the number of due items (10 per page)', async () => {
    expect(await contentRouteExists('/news/page/2', NOW)).toBe(true)
    expect(await contentRouteExists('/news/page/3', NOW)).toBe(false)
    expect(await contentRouteExists('/news/page/0', NOW)).toBe(false)
    expect(await contentRouteExists('/news/page/two', NOW)).toBe(false)
  })

  it('follows the dataset when the file changes', async () => {
    write([{ _id: 'guide-b', _type: 'guide', slug: { _type: 'slug', current: 'guide-b' } }])
    expect(await contentRouteExists('/guide-b', NOW)).toBe(true)
    expect(await contentRouteExists('/guide-a', NOW)).toBe(false)
  })

  it('does not judge other paths', async () => {
    expect(await contentRouteExists('/a/b/c', NOW)).toBeUndefined()
    expect(await contentRouteExists('/news/page/2/extra', NOW)).toBeUndefined()
  })
})

describe('the route index at size (embedded source)', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'route-index-large-')), 'data.ndjson')
  const COUNT = 2_505
  const dated = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString().replace('.000Z', 'Z')

  beforeAll(() => {
    process.env.SANITY_EMBEDDED_DATASET = file
    writeFileSync(
      file,
      [
        ...Array.from({ length: COUNT }, (_, n) => news(n, dated(n))),
        ...Array.from({ length: 49 }, (_, n) => ({ _id: `guide-${n}`, _type: 'guide', slug: { _type: 'slug', current: `guide-${n}` } })),
      ]
        .map((doc) => JSON.stringify(doc))
        .join('\n'),
    )
  })
  afterAll(() => {
    delete process.env.SANITY_EMBEDDED_DATASET
  })

  it('reads the hosted source slice by slice with a filter cursor on _id: every document once', async () => {
    const documents = parseDataset(readFileSync(file, 'utf8'), file)
    const asked: string[] = []
    const entries = await readBySlices(async (params) => {
      asked.push(params.lastId)
      return evaluateGroq<{ _id: string }[]>(documents, ROUTE_INDEX_SLICE_QUERY, params)
    }, 1_000)
    expect(entries).toHaveLength(COUNT + 49)
    expect(new Set(entries.map((entry) => entry._id)).size).toBe(COUNT + 49)
    // Three slices: 1,000 + 1,000 + 554, each after the last _id of the one before.
    expect(asked).toHaveLength(3)
    expect(asked[0]).toBe('')
    expect(ROUTE_INDEX_SLICE_SIZE).toBeLessThanOrEqual(5_000)
  })

  it('knows every news item and list page', async () => {
    expect(await contentRouteExists('/news/item-0', NOW)).toBe(true)
    expect(await contentRouteExists(`/news/item-${COUNT - 1}`, NOW)).toBe(true)
    expect(await contentRouteExists(`/news/page/${Math.ceil(COUNT / 10)}`, NOW)).toBe(true)
    expect(await contentRouteExists(`/news/page/${Math.ceil(COUNT / 10) + 1}`, NOW)).toBe(false)
  })

  it('gives the news list its page count and each page’s cursor: the last item of the page before', async () => {
    expect(await newsPageCursor(1, NOW)).toEqual({ pageCount: Math.ceil(COUNT / 10), before: null })
    expect(await newsPageCursor(3, NOW)).toEqual({ pageCount: Math.ceil(COUNT / 10), before: { id: `news-${COUNT - 20}`, publishedAt: dated(COUNT - 20) } })
    expect(await listSizes(NOW)).toEqual({ news: COUNT, guides: 49 })
  })

  it('bounds the “All guides” pages by the number of guides (24 per page)', async () => {
    expect(await contentRouteExists('/guides/page/3', NOW)).toBe(true)
    expect(await contentRouteExists('/guides/page/4', NOW)).toBe(false)
    expect(await contentRouteExists('/guides/page/1x', NOW)).toBe(false)
  })
})

describe('the route index’s FAQ entries (embedded source)', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'route-index-faq-')), 'data.ndjson')
  const faq = (n: number, category: string | undefined, order: number) => ({ _id: `faq-${n}`, _type: 'faq', question: `Question ${n}?`, category, order })
  // 45 entries in "release" (three pages of 20), listed in reverse of their ids; two without a known category.
  const release = Array.from({ length: 45 }, (_, n) => faq(n, 'release', 1000 - n))

  beforeAll(() => {
    process.env.SANITY_EMBEDDED_DATASET = file
    writeFileSync(
      file,
      [...release, faq(100, undefined, 1), faq(101, 'retired', 2), { _id: 'faq-unwritten', _type: 'faq', category: 'pricing' }, { _id: 'guide-a', _type: 'guide', slug: { _type: 'slug', current: 'guide-a' } }]
        .map((doc) => JSON.stringify(doc))
        .join('\n'),
    )
  })
  afterAll(() => {
    delete process.env.SANITY_EMBEDDED_DATASET
  })

  it('knows each section’s size, and which sections and pages exist', async () => {
    expect(await faqSectionSizes(NOW)).toEqual(new Map([['release', 45], ['other', 2]]))
    for (const route of ['/faq/release', '/faq/release/page/2', '/faq/release/page/3', '/faq/other']) expect({ route, exists: await contentRouteExists(route, NOW) }).toEqual({ route, exists: true })
    // An empty section (the only "pricing" entry has no question), an unknown one, pages past the end, junk.
    for (const route of ['/faq/pricing', '/faq/nope', '/faq/release/page/4', '/faq/release/page/0', '/faq/release/page/02', '/faq/other/page/2', '/faq/__proto__', '/faq/%E0%A4%A']) {
      expect({ route, exists: await contentRouteExists(route, NOW) }).toEqual({ route, exists: false })
    }
  })

  it('knows the page of its section each entry is listed on, in the editors’ order', async () => {
    // Highest order number last: faq-44 (order 956) first, faq-0 (order 1000) last.
    expect(await faqEntryPlace('faq-44', NOW)).toEqual({ section: 'release', page: 1 })
    expect(await faqEntryPlace('faq-24', NOW)).toEqual({ section: 'release', page: 2 })
    expect(await faqEntryPlace('faq-4', NOW)).toEqual({ section: 'release', page: 3 })
    expect(await faqEntryPlace('faq-101', NOW)).toEqual({ section: 'other', page: 1 })
    for (const id of ['faq-unwritten', 'faq-999', '__proto__', 'guide-a', '']) expect({ id, place: await faqEntryPlace(id, NOW) }).toEqual({ id, place: null })
    expect(await contentRouteExists('/faq/question/faq-4', NOW)).toBe(true)
    expect(await contentRouteExists('/faq/question/faq-999', NOW)).toBe(false)
    expect(await contentRouteExists('/faq/question/%ff', NOW)).toBe(false)
  })
})
