/**
 * @jest-environment node
 */
import { XMLParser } from 'fast-xml-parser'
import { latestDate } from '@/lib/dates'
import { guideModifiedAt } from '@/lib/review'
import { contentDescription, DESCRIPTION_MAX, feedAlternateTypes, pageDescription, pageMetadata } from '@/lib/metadata'
import { decideIndexing } from '@/lib/site-config'
import {
  SITEMAP_FILE_SIZE,
  SITEMAP_URL_LIMIT,
  sitemapEntries,
  sitemapFile,
  sitemapFileCount,
  sitemapIds,
  sitemapIndexEntries,
  sitemapIndexXml,
} from '@/lib/sitemap'
import { drawableText, socialCard } from '@/lib/social-image'
import { clampText, firstParagraph } from '@/lib/text'
import { readSitemapSource } from '@/sanity/lib/content/sitemap'
import { loadSeed, runQuery } from '../support/seed'

const block = (text: string, style = 'normal') => ({ _type: 'block', _key: text.slice(0, 8), style, markDefs: [], children: [{ _type: 'span', _key: 's', text, marks: [] }] })

describe('description fallback', () => {
  it('takes the search description, else the excerpt, else the first paragraph', () => {
    const body = [block('A heading', 'h2'), { _type: 'callout', _key: 'c' }, block('  First   paragraph\nof the body. '), block('Second.')]
    expect(contentDescription({ description: 'Editor’s description.', excerpt: 'Excerpt.', body })).toBe('Editor’s description.')
    expect(contentDescription({ description: '   ', excerpt: 'Excerpt.', body })).toBe('Excerpt.')
    expect(contentDescription({ description: null, excerpt: null, body })).toBe('First paragraph of the body.')
    expect(contentDescription({ body: [block('Only a heading', 'h2')] })).toBeUndefined()
    expect(firstParagraph(null)).toBe('')
  })

  it('trims long text to 160 characters at a word boundary, with an ellipsis', () => {
    const long = 'Windows 12 is the widely expected next major version of Windows. '.repeat(5)
    const description = pageDescription(long) as string
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(description.endsWith('…')).toBe(true)
    expect(long.startsWith(description.slice(0, -1))).toBe(true)
    expect(description.slice(0, -1)).not.toMatch(/\s$/)
    // Exactly 160 characters fit as they are.
    expect(pageDescription('x'.repeat(160))).toBe('x'.repeat(160))
    // One long word is cut inside the word rather than dropped.
    expect(clampText('y'.repeat(300), 20)).toBe(`${'y'.repeat(19)}…`)
  })
})

describe('pageMetadata', () => {
  it('gives every page a canonical, the feeds, Open Graph and a large Twitter card', () => {
    const metadata = pageMetadata({
      title: 'A guide',
      description: 'About it.',
      path: '/a-guide',
      siteName: 'Windows 12 Guide',
      article: { publishedTime: '2026-11-18T10:00:00.000Z', modifiedTime: '2026-11-20T09:00:00.000Z' },
    })
    expect(metadata.alternates).toEqual({ canonical: '/a-guide', types: feedAlternateTypes })
    expect(metadata.openGraph).toMatchObject({ type: 'article', url: '/a-guide', publishedTime: '2026-11-18T10:00:00.000Z', modifiedTime: '2026-11-20T09:00:00.000Z' })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'A guide' })
    expect(pageMetadata({ title: { absolute: 'Hub' }, path: '/', siteName: 'S' }).openGraph).toMatchObject({ type: 'website', title: 'Hub' })
  })
})

describe('dates for lastModified', () => {
  const now = new Date('2026-11-22T00:00:00Z')
  it('picks the latest valid date that is not in the future', () => {
    expect(latestDate(['2026-11-18', '2026-11-20T09:00:00Z', 'nonsense', null, '2027-01-01'], now)).toBe('2026-11-20T09:00:00.000Z')
    expect(latestDate([undefined, ''], now)).toBeUndefined()
  })

  it('dates a guide by its review or latest logged update', () => {
    const guide = { _updatedAt: '2026-11-18T10:00:00Z', reviewedAt: '2026-11-19', updates: [{ date: '2026-11-21' }, null, { date: '2026-11-20' }] }
    expect(guideModifiedAt(guide, now)).toBe('2026-11-21T00:00:00.000Z')
    expect(guideModifiedAt({ ...guide, updates: null }, now)).toBe('2026-11-19T00:00:00.000Z')
  })
})

describe('sitemap splitting', () => {
  it('needs one file per 5,000 addresses (well under the protocol’s 50,000), and at least one', () => {
    expect(SITEMAP_FILE_SIZE).toBeLessThanOrEqual(SITEMAP_URL_LIMIT)
    expect(SITEMAP_FILE_SIZE).toBe(5_000)
    expect([0, 1, 5_000, 5_001, 10_000, 10_001].map((total) => sitemapFileCount(total))).toEqual([1, 1, 1, 2, 2, 3])
    expect(sitemapIds(12_000)).toEqual([{ id: 0 }, { id: 1 }, { id: 2 }])
    expect(() => sitemapFileCount(10, 0)).toThrow(RangeError)
  })

  it('slices entries into consecutive files without losing or repeating one', () => {
    const entries = Array.from({ length: 23 }, (_, index) => index)
    const files = sitemapIds(entries.length, 10).map(({ id }) => sitemapFile(entries, id, 10))
    expect(files.map((file) => file.length)).toEqual([10, 10, 3])
    expect(files.flat()).toEqual(entries)
    expect(sitemapFile(entries, 3, 10)).toEqual([])
    expect(sitemapFile(entries, -1, 10)).toEqual([])
    expect(sitemapFile(entries, Number('abc'), 10)).toEqual([])
  })

  it('writes an index naming each file by absolute URL, dated by its newest address', () => {
    const entries = [
      { url: 'https://x/a', lastModified: '2026-01-01T00:00:00.000Z' },
      { url: 'https://x/b', lastModified: '2026-03-01T00:00:00.000Z' },
      { url: 'https://x/c?a=1&b=2' },
    ]
    const index = sitemapIndexEntries(entries, 2)
    expect(index).toEqual([
      { url: 'http://localhost:3000/sitemaps/sitemap/0.xml', lastModified: '2026-03-01T00:00:00.000Z' },
      { url: 'http://localhost:3000/sitemaps/sitemap/1.xml' },
    ])
    const xml = sitemapIndexXml([...index, { url: 'https://x/?a=1&b=<2>' }])
    expect(xml).toContain('<loc>https://x/?a=1&amp;b=&lt;2&gt;</loc>')
    const parsed = new XMLParser().parse(xml)
    expect(parsed.sitemapindex.sitemap.map((file: { loc: string }) => file.loc)).toEqual([
      'http://localhost:3000/sitemaps/sitemap/0.xml',
      'http://localhost:3000/sitemaps/sitemap/1.xml',
      'https://x/?a=1&b=<2>',
    ])
  })
})

describe('sitemap entries from the seed', () => {
  const seed = loadSeed()
  const now = new Date()

  it('lists the hub, every guide and page, the news list, every visible news item, the FAQ and the checker, never a scheduled item', async () => {
    const scheduled = { _id: 'news-future', _type: 'newsItem', _updatedAt: '2026-11-01T00:00:00Z', title: 'Future', slug: { _type: 'slug', current: 'future-item' }, publishedAt: new Date(Date.now() + 86_400_000).toISOString() }
    const source = await readSitemapSource((query, params) => runQuery([...seed, scheduled], query, params))
    const urls = sitemapEntries(source, now).map((item) => item.url)
    const guides = seed.filter((doc) => doc._type === 'guide').map((doc) => `http://localhost:3000/${(doc.slug as { current: string }).current}`)
    const pages = seed.filter((doc) => doc._type === 'page').map((doc) => `http://localhost:3000/${(doc.slug as { current: string }).current}`)
    expect(pages.length).toBeGreaterThan(0)
    const news = seed.filter((doc) => doc._type === 'newsItem').map((doc) => `http://localhost:3000/news/${(doc.slug as { current: string }).current}`)
    expect(urls[0]).toBe('http://localhost:3000/')
    expect(urls).toEqual(expect.arrayContaining([...guides, ...pages, ...news, 'http://localhost:3000/guides', 'http://localhost:3000/news', 'http://localhost:3000/faq', 'http://localhost:3000/can-my-pc-run-windows-12']))
    // The FAQ's sections (six at the seed, one page each), never an entry's permalink (a redirect).
    const faqSections = ['availability', 'release', 'upgrade', 'requirements', 'safety', 'pricing'].map((section) => `http://localhost:3000/faq/${section}`)
    expect(urls).toEqual(expect.arrayContaining(faqSections))
    expect(urls.filter((url) => url.includes('/faq/question/'))).toEqual([])
    expect(urls).toHaveLength(1 + 1 + guides.length + pages.length + 1 + news.length + 2 + faqSections.length)
    expect(urls).not.toContain('http://localhost:3000/news/future-item')
    expect(urls.filter((url) => url.includes('/search'))).toEqual([])
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('dates news by its latest publication or edit and nothing after now', async () => {
    const source = await readSitemapSource((query, params) => runQuery(seed, query, params))
    const entries = sitemapEntries(source, now)
    const item = entries.find((entry) => entry.url.endsWith('/news/windows-10-end-of-support'))
    const document = seed.find((doc) => doc._id === 'news-windows-10-end-of-support') as unknown as { publishedAt: string; _updatedAt: string }
    const latestNotAfterNow = [document.publishedAt, document._updatedAt].map((value) => Date.parse(value)).filter((time) => time <= now.getTime())
    expect(item?.lastModified).toBe(new Date(Math.max(...latestNotAfterNow)).toISOString())
    for (const entry of entries) if (entry.lastModified) expect(Date.parse(String(entry.lastModified))).toBeLessThanOrEqual(now.getTime())
  })
})

describe('indexing switch', () => {
  it('indexes a public https origin by default, never localhost, plain http or a preview deployment', () => {
    expect(decideIndexing({ SITE_URL: 'https://windows12guide.example' })).toBe(true)
    expect(decideIndexing({})).toBe(false)
    expect(decideIndexing({ SITE_URL: 'http://windows12guide.example' })).toBe(false)
    for (const local of ['https://localhost:3000', 'https://127.0.0.1', 'https://[::1]:3000', 'https://box.local', 'https://app.localhost']) {
      expect({ local, indexing: decideIndexing({ SITE_URL: local }) }).toEqual({ local, indexing: false })
    }
    expect(decideIndexing({ SITE_URL: 'https://windows12guide.example', VERCEL_ENV: 'preview' })).toBe(false)
    expect(decideIndexing({ SITE_URL: 'https://windows12guide.example', VERCEL_ENV: 'production' })).toBe(true)
  })

  it('follows SITE_INDEXING when it is on or off', () => {
    expect(decideIndexing({ SITE_URL: 'https://windows12guide.example', SITE_INDEXING: 'off' })).toBe(false)
    expect(decideIndexing({ SITE_URL: 'http://localhost:3000', SITE_INDEXING: ' ON ' })).toBe(true)
    expect(decideIndexing({ SITE_URL: 'http://localhost:3000', SITE_INDEXING: 'maybe' })).toBe(false)
  })
})

describe('social card', () => {
  it('keeps only what the built-in font can draw, so an emoji or a script never triggers a font download', () => {
    expect(drawableText('Windows 12 “Hudson Valley” — 64‑bit 🚀 版本 café')).toBe('Windows 12 “Hudson Valley” — 64‑bit café')
    expect(drawableText(null)).toBe('')
  })

  it('always has a title: the site name stands in for a missing or undrawable one', () => {
    const card = socialCard({ siteName: null, fallbackSiteName: 'Windows 12 Guide', kind: 'News', title: '🚀🚀', status: 'rumored', date: { label: 'Published', value: '2026-11-13T08:00:00Z' } })
    expect(card).toMatchObject({ siteName: 'Windows 12 Guide', title: 'Windows 12 Guide', kind: 'News', status: { value: 'rumored', label: 'Rumored' }, dateLine: 'Published 13 November 2026', host: 'localhost:3000' })
    expect(socialCard({ siteName: 'S', fallbackSiteName: 'F', title: 'T', status: 'bogus', date: { label: 'Published', value: 'nope' } })).toMatchObject({ status: null, dateLine: null, kind: null })
    expect(socialCard({ siteName: 'S', fallbackSiteName: 'F', title: 'word '.repeat(60) }).title.length).toBeLessThanOrEqual(100)
  })
})
