import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { GUIDE_QUERY_RESULT, NEWS_ITEM_QUERY_RESULT } from '@/sanity.types'
import { GUIDE_QUERY, GUIDE_SLUGS_QUERY } from '@/sanity/lib/content/guides'
import { NEWS_ITEM_QUERY, NEWS_SLUGS_QUERY } from '@/sanity/lib/content/news'
import { firstHeading, startExpectingFailure, type RunningSite } from '../support/next-server'
import { loadSeed, runQuery, toNdjson } from '../support/seed'
import { SHARED_BUILD_DIRS, startSharedSite, type SharedSite } from '../support/shared-builds'
import { studioChunkUrls } from '../support/studio-chunks'

/*
 * The embedded build served with the seed, a damaged copy of it and an empty dataset (each with `next start` on a
 * copy of the shared build; the last two render every page from their own data), read over HTTP.
 */
jest.setTimeout(300_000)

const seed = loadSeed()
const work = mkdtempSync(path.join(tmpdir(), 'w12-e2e-'))

async function get(site: RunningSite, route: string) {
  const response = await fetch(site.url + route, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

describe('the seed site', () => {
  let site: SharedSite
  beforeAll(async () => {
    site = await startSharedSite('embedded')
  })
  afterAll(() => site?.stop())

  it('serves the hub with the ISO status, every guide section, the comparison table, news and FAQ', async () => {
    const { status, html } = await get(site, '/')
    expect(status).toBe(200)
    expect(firstHeading(html)).toBe('Windows 12 Guide')
    expect(html).toContain('Is a Windows 12 ISO available?')
    expect(html).toMatch(/Last checked <time dateTime="\d{4}-\d{2}-\d{2}T/)
    const slugs = await runQuery<string[]>(seed, GUIDE_SLUGS_QUERY, { limit: 1000 })
    for (const slug of slugs) expect(html).toContain(`href="/${slug}"`)
    expect(html).toMatch(/<th scope="col">Windows 11<\/th>/)
    expect(html).toContain('Latest Windows 12 news')
    expect(html).toMatch(/<details[ >]/)
    expect(html).toMatch(/not affiliated with/)
  })

  it('serves every guide with its title as the heading', async () => {
    const slugs = await runQuery<string[]>(seed, GUIDE_SLUGS_QUERY, { limit: 1000 })
    expect(slugs).toHaveLength(8)
    for (const slug of slugs) {
      const guide = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug })
      const { status, html } = await get(site, `/${slug}`)
      expect({ slug, status, heading: firstHeading(html) }).toEqual({ slug, status: 200, heading: guide?.title })
      expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/${slug}"/>`)
    }
  })

  it('serves the news list, every news item and the FAQ', async () => {
    const list = await get(site, '/news')
    expect(list.status).toBe(200)
    expect(firstHeading(list.html)).toBe('Windows 12 news')
    const slugs = await runQuery<string[]>(seed, NEWS_SLUGS_QUERY, { limit: 1000 })
    for (const slug of slugs) {
      const item = await runQuery<NEWS_ITEM_QUERY_RESULT>(seed, NEWS_ITEM_QUERY, { slug })
      const { status, html } = await get(site, `/news/${slug}`)
      expect({ slug, status, heading: firstHeading(html) }).toEqual({ slug, status: 200, heading: item?.title })
    }
    const faq = await get(site, '/faq')
    expect(faq.status).toBe(200)
    expect(firstHeading(faq.html)).toBe('Windows 12: frequently asked questions')
  })

  it('answers 404 with the site 404 page for unknown guides, news and list pages', async () => {
    for (const route of ['/windows-13', '/news/no-such-item', '/news/page/99', '/news/page/abc']) {
      const { status, html } = await get(site, route)
      expect({ route, status }).toEqual({ route, status: 404 })
      expect(firstHeading(html)).toBe('Page not found')
    }
    expect((await get(site, '/news/page/1')).headers.get('location')).toBe('/news')
  })

  it('serves a favicon', async () => {
    const response = await fetch(`${site.url}/favicon.ico`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
  })

  it('explains at /studio how to connect a Sanity project, without loading the Studio; draft mode is unavailable', async () => {
    const studio = await get(site, '/studio')
    expect(studio.status).toBe(200)
    expect(firstHeading(studio.html)).toBe('Connect a Sanity project to use the Studio')
    expect(studio.html).toContain('NEXT_PUBLIC_SANITY_PROJECT_ID')
    expect(studio.html).toContain('noindex')
    expect(studio.html).not.toContain('class="site-header"')
    // A build without a project leaves the Studio out altogether (next.config.ts), so the page cannot load any of it.
    expect(studioChunkUrls(site.distDir).size).toBe(0)
    const enable = await get(site, '/api/draft-mode/enable?sanity-preview-secret=anything')
    expect(enable.status).toBe(404)
    expect(enable.headers.getSetCookie().join()).not.toContain('__prerender_bypass')
  })
})

/** The seed with damage editors can cause: deleted referenced documents, missing fields, an unknown block. */
function damagedDataset() {
  const deleted = new Set(['guide-iso-64-bit', 'comparisonTable-windows-11-vs-windows-12', 'requirements-windows-12'])
  return seed
    .filter((doc) => !deleted.has(doc._id))
    .map((doc) => {
      if (doc._id === 'guide-release-date') {
        return { ...doc, seo: undefined, reviewedAt: undefined, body: [{ _type: 'futureWidget', _key: 'fw', data: 1 }, ...(doc.body as object[])] }
      }
      if (doc._type === 'newsItem') return { ...doc, excerpt: undefined, sources: undefined, status: undefined, body: undefined }
      if (doc._type === 'faq') return { ...doc, category: undefined }
      if (doc._id === 'siteSettings') return { ...doc, isoStatus: undefined, tagline: undefined }
      return doc
    })
}

describe('a dataset with broken references and missing fields', () => {
  let site: RunningSite
  const datasetFile = path.join(work, 'damaged.ndjson')
  beforeAll(async () => {
    writeFileSync(datasetFile, toNdjson(damagedDataset()))
    site = await startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: datasetFile }, { freshPages: true })
  })
  afterAll(() => site?.stop())

  it('still serves every remaining page, and 404 for the deleted guide', async () => {
    for (const route of ['/', '/windows-12-iso-download', '/windows-12-vs-windows-11', '/windows-12-system-requirements', '/windows-12-release-date', '/news', '/faq']) {
      const { status } = await get(site, route)
      expect({ route, status }).toEqual({ route, status: 200 })
    }
    expect((await get(site, '/windows-12-iso-64-bit')).status).toBe(404)
  })

  it('renders links to the deleted guide as plain text', async () => {
    const { html } = await get(site, '/windows-12-iso-download')
    expect(html).not.toContain('href="/windows-12-iso-64-bit"')
    expect(firstHeading(html)).toMatch(/ISO/)
  })

  it('renders a guide added to the dataset after the build, without a rebuild', async () => {
    expect((await get(site, '/windows-12-faq-for-admins')).status).toBe(404)
    const added = {
      _id: 'guide-added-later',
      _type: 'guide',
      title: 'Windows 12 for IT administrators',
      slug: { _type: 'slug', current: 'windows-12-faq-for-admins' },
      body: [{ _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'Plan, do not rush.', marks: [] }] }],
    }
    writeFileSync(datasetFile, toNdjson([...damagedDataset(), added]))
    const { status, html } = await get(site, '/windows-12-faq-for-admins')
    expect(status).toBe(200)
    expect(firstHeading(html)).toBe('Windows 12 for IT administrators')
    expect(html).toContain('Plan, do not rush.')
  })

  it('serves news items that lost their optional fields', async () => {
    const slugs = await runQuery<string[]>(seed, NEWS_SLUGS_QUERY, { limit: 1000 })
    const { status, html } = await get(site, `/news/${slugs[0]}`)
    expect(status).toBe(200)
    expect(html).not.toContain('Sources')
  })
})

describe('an empty dataset', () => {
  let site: RunningSite
  beforeAll(async () => {
    const file = path.join(work, 'empty.ndjson')
    writeFileSync(file, '')
    site = await startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: file }, { freshPages: true })
  })
  afterAll(() => site?.stop())

  it('serves the hub, news and FAQ shells, and 404 for guides', async () => {
    const hub = await get(site, '/')
    expect(hub.status).toBe(200)
    expect(firstHeading(hub.html)).toBe('Windows 12 Guide')
    expect((await get(site, '/news')).html).toContain('No news has been published yet.')
    expect((await get(site, '/faq')).html).toContain('No questions have been published yet.')
    expect((await get(site, '/windows-12-features')).status).toBe(404)
  })
})

describe('a malformed dataset', () => {
  it('stops next start with a message naming the file and line', async () => {
    const file = path.join(work, 'malformed.ndjson')
    writeFileSync(file, `${JSON.stringify({ _id: 'a', _type: 'faq' })}\n${JSON.stringify({ _id: 'b', _type: 'faq' })}\n{"_id": "c", "_type": faq}\n`)
    const { code, output } = await startExpectingFailure({ NEXT_DIST_DIR: SHARED_BUILD_DIRS.embedded, SANITY_EMBEDDED_DATASET: file })
    expect(code).toBe(1)
    expect(output).toContain(`${file}:3: invalid JSON`)
  })
})
