/**
 * @jest-environment node
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { evaluateGroq, parseDataset } from '@/sanity/lib/embedded'
import { contentRouteExists, listSizes, newsPageCursor, ROUTE_INDEX_SLICE_QUERY, ROUTE_INDEX_SLICE_SIZE } from '@/sanity/lib/route-index'
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
