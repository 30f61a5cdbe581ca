/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@sanity/client'
import { SEARCH_PAGE_SIZE, searchQueryParams, searchTerms } from '@/lib/search'
import type { SEARCH_QUERY_RESULT } from '@/sanity.types'
import { parseDataset, type SanityDocument } from '@/sanity/lib/embedded'
import { SEARCH_QUERY, searchResultOf } from '@/sanity/lib/content/search'
import { buildSearchIndex, searchIndex } from '@/sanity/lib/search-index'
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-api-standin'
import { loadSeed } from '../support/seed'

/*
 * Search relevance on the seed, on both sources: the embedded source's index (sanity/lib/search-index) and the
 * hosted source's SEARCH_QUERY sent through @sanity/client to the local stand-in of Sanity's API (which evaluates
 * it with groq-js; see docs/search.md for what that proves and what it cannot). Orders are asserted, never scores.
 */

const seed = loadSeed()

type Search = (documents: SanityDocument[], query: string, page?: number) => Promise<SEARCH_QUERY_RESULT>

const indexes = new WeakMap<SanityDocument[], ReturnType<typeof buildSearchIndex>>()
const embedded: Search = async (documents, query, page = 1) => {
  if (!indexes.has(documents)) indexes.set(documents, buildSearchIndex(documents))
  return searchIndex(await (indexes.get(documents) as ReturnType<typeof buildSearchIndex>), searchTerms(query), page)
}

let standIn: SanityStandIn
const hosted: Search = (documents, query, page = 1) => {
  standIn.setDocuments(documents)
  const client = createClient({
    projectId: 'standin',
    dataset: 'production',
    apiVersion: '2025-01-01',
    useCdn: false,
    apiHost: standIn.url,
    useProjectHostname: false,
    perspective: 'published',
  })
  return client.fetch(SEARCH_QUERY, searchQueryParams(searchTerms(query), page))
}

beforeAll(async () => {
  standIn = await startSanityStandIn(seed)
})
afterAll(() => standIn?.stop())

const id = (doc: { _id: string }) => doc._id

/**
 * The seed and, beside it, a large dataset made by `npm run dataset:synth` (10,000 more news items, 200 more guides,
 * 300 more FAQ entries whose made-up topics share words such as "Windows 12" with the seed): the same relevance
 * cases must hold at both sizes.
 */
const LARGE = { news: 10_000, guides: 200, faqs: 300 }
/**
 * How long one case may take: a deadline, not a figure. The hosted cases run groq-js over 10,000 documents through
 * the stand-in, several queries a case; a loaded CI machine (or --detectOpenHandles) makes that many times slower.
 */
const QUERY_DEADLINE_MS = 120_000
const datasets: Record<'seed' | 'large', SanityDocument[]> = { seed, large: [] }

beforeAll(() => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'w12-search-')), 'large.ndjson')
  const synth = spawnSync(
    process.execPath,
    [path.join(__dirname, '..', '..', 'scripts', 'dataset-synth.mts'), '--news', String(LARGE.news), '--guides', String(LARGE.guides), '--faqs', String(LARGE.faqs), '--out', file],
    { encoding: 'utf8' },
  )
  if (synth.status !== 0) throw new Error(`dataset:synth failed: ${synth.stderr}`)
  datasets.large = parseDataset(readFileSync(file, 'utf8'), file)
  rmSync(path.dirname(file), { recursive: true, force: true })
}, 60_000)

describe.each([
  ['embedded source (the index)', () => embedded],
  ['hosted source (@sanity/client against the stand-in)', () => hosted],
])('search relevance, %s', (_, source) => {
  describe.each(['seed', 'large'] as const)('on the %s dataset', (size) => {
    const top = async (query: string, count = 3) => (await source()(datasets[size], query)).results.slice(0, count).map(id)

    it('"TPM": the system requirements guide first', async () => {
      expect((await top('TPM'))[0]).toBe('guide-system-requirements')
    }, QUERY_DEADLINE_MS)

    it('"bootable USB": the bootable USB guide first', async () => {
      expect((await top('bootable USB'))[0]).toBe('guide-bootable-usb')
    }, QUERY_DEADLINE_MS)

    it('"release date": the release date guide first', async () => {
      expect((await top('release date'))[0]).toBe('guide-release-date')
    }, QUERY_DEADLINE_MS)

    it('"Copilot": the Copilot+ PC news item in the top three (at size: titles about Copilot, and the item for its own words)', async () => {
      if (size === 'seed') {
        expect(await top('Copilot')).toContain('news-copilot-plus-pcs-40-tops-npu')
        return
      }
      // The large dataset holds hundreds of documents titled about Copilot (guides on the Copilot key among them),
      // each as relevant to the one word as the news item: there the top results must be titled about Copilot, and
      // the item must come first once the reader adds a word of its own title.
      const { results } = await source()(datasets.large, 'Copilot')
      for (const result of results.slice(0, 3)) expect(result.title).toMatch(/copilot/i)
      expect((await top('Copilot PCs'))[0]).toBe('news-copilot-plus-pcs-40-tops-npu')
    }, QUERY_DEADLINE_MS)

    it('"is windows 12 free": the matching FAQ in the top three', async () => {
      expect(await top('is windows 12 free')).toContain('faq-is-windows-12-free')
    }, QUERY_DEADLINE_MS)
  })
})

describe('search results', () => {
  it('carry what a result shows: kind, title, address, date and claim status where there are any, and a passage with the words', async () => {
    const { results } = await embedded(seed, 'Copilot')
    const news = results.find((result) => result._id === 'news-copilot-plus-pcs-40-tops-npu')
    expect(news).toMatchObject({
      _type: 'newsItem',
      title: 'Microsoft announces Copilot+ PCs with a 40+ TOPS NPU requirement',
      slug: 'copilot-plus-pcs-40-tops-npu',
      date: '2024-05-21T09:00:00Z',
      status: 'confirmed',
    })
    expect(news?.passage).toMatch(/Copilot/)
    const faq = results.find((result) => result._type === 'faq')
    expect(faq).toMatchObject({ slug: null, date: null, status: null })
    const guide = (await embedded(seed, 'TPM')).results[0]
    expect(guide).toMatchObject({ _type: 'guide', slug: 'windows-12-system-requirements', date: '2026-11-22', status: null })
    expect(guide.passage).toMatch(/TPM/)
  })

  it('reach the results page with their addresses: a document’s page, an FAQ entry’s permalink', async () => {
    const { results } = await embedded(seed, 'Copilot')
    const news = results.find((result) => result._type === 'newsItem')
    const faq = results.find((result) => result._type === 'faq')
    if (!news || !faq) throw new Error('the seed no longer has a news item and an FAQ entry about Copilot')
    expect(searchResultOf(news)).toMatchObject({ _id: news._id, title: news.title, href: `/news/${news.slug}` })
    expect(searchResultOf(faq).href).toBe(`/faq/question/${faq._id}`)
    const guide = (await embedded(seed, 'TPM')).results[0]
    expect(searchResultOf(guide).href).toBe('/windows-12-system-requirements')
  })

  it('match words in any order and in different fields, and prefixes of longer words', async () => {
    expect((await embedded(seed, 'USB bootable')).results.map(id)[0]).toBe('guide-bootable-usb')
    // "released" is only in the title of this FAQ; "release" finds it as a prefix.
    expect((await embedded(seed, 'release')).results.map(id)).toContain('faq-when-will-windows-12-be-released')
  })

  it('are paged ten at a time with one total count', async () => {
    const first = await embedded(seed, 'windows')
    expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE)
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE)
    const second = await embedded(seed, 'windows', 2)
    expect(second.total).toBe(first.total)
    expect(second.results).toHaveLength(Math.min(SEARCH_PAGE_SIZE, first.total - SEARCH_PAGE_SIZE))
    expect(second.results.map(id).filter((doc) => first.results.map(id).includes(doc))).toEqual([])
  })

  it('never list scheduled (future) news, nor items without an address', async () => {
    const scheduled = { _id: 'news-scheduled', _type: 'newsItem', title: 'Zanzibar preview', slug: { current: 'zanzibar' }, publishedAt: '2999-01-01T00:00:00Z', status: 'rumored' }
    const noSlug = { _id: 'guide-draftish', _type: 'guide', title: 'Zanzibar guide' }
    const due = { ...scheduled, _id: 'news-due', slug: { current: 'zanzibar-due' }, publishedAt: '2020-01-01T00:00:00Z' }
    for (const search of [embedded, hosted]) {
      const { total, results } = await search([...seed, scheduled, noSlug, due], 'zanzibar')
      expect({ total, ids: results.map(id) }).toEqual({ total: 1, ids: ['news-due'] })
    }
  })

  it('decide at search time whether a news item is due: one index hides it before its date and lists it after', async () => {
    const due = Date.parse('2030-01-01T00:00:00Z')
    const scheduled = { _id: 'news-later', _type: 'newsItem', title: 'Zanzibar launch', slug: { current: 'zanzibar-launch' }, publishedAt: '2030-01-01T00:00:00Z', status: 'rumored' }
    const index = await buildSearchIndex([...seed, scheduled])
    expect(searchIndex(index, searchTerms('zanzibar'), 1, due - 1_000)).toEqual({ total: 0, results: [] })
    expect(searchIndex(index, searchTerms('zanzibar'), 1, due).results.map(id)).toEqual(['news-later'])
  })

  it('include generic pages (type "page") once they exist', async () => {
    const page = { _id: 'page-about', _type: 'page', title: 'About Zanzibar Guide', slug: { current: 'about' }, body: [] }
    const { results } = await embedded([...seed, page], 'zanzibar')
    expect(results).toEqual([expect.objectContaining({ _id: 'page-about', _type: 'page', title: 'About Zanzibar Guide', slug: 'about' })])
  })
})

describe('hostile queries', () => {
  it.each([
    '*',
    '"',
    '\\',
    '"] | order(_id) [0...999] {..., "secret": *[_id == "siteSettings"]}',
    '" || true || "',
    '$pattern',
    '<script>alert(1)</script>',
    'ÄÖÜ 日本語 😀 עברית',
    '**********a**********',
    'x'.repeat(200),
    'a '.repeat(100),
  ])('%j is searched as words and answers a plain result', async (query) => {
    for (const search of [embedded, hosted]) {
      // A query that backtracks or scans without bound would run into the test's deadline.
      const result = await search(seed, query)
      expect(Object.keys(result).sort()).toEqual(['results', 'total'])
      expect(result.results.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE)
      for (const item of result.results) expect(['guide', 'newsItem', 'faq', 'page']).toContain(item._type)
    }
  }, 30_000)

  it('a query of symbols only has no words, and its empty pattern matches nothing', async () => {
    expect(searchTerms('*** !!! ???')).toEqual([])
    expect(await embedded(seed, '*** !!! ???')).toEqual({ total: 0, results: [] })
  })

  it('finds text that looks like markup as text', async () => {
    const hostile = { _id: 'faq-hostile', _type: 'faq', question: 'What does <script>alert(1)</script> do?', answer: [] }
    const { results } = await embedded([...seed, hostile], '<script>')
    expect(results.map(id)).toEqual(['faq-hostile'])
    expect(results[0].title).toBe('What does <script>alert(1)</script> do?')
  })
})
