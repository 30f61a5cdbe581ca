/**
 * @jest-environment node
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { contentRouteExists } from '@/sanity/lib/route-index'

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
