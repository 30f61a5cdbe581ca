import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { firstHeading } from '../support/next-server'
import { loadSeed, runQuery, SEED_PATH, titledDocument, toNdjson } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { sendSignedWebhook } from '../support/webhook'

/*
 * One edit re-renders exactly the pages that show the edited document (issue: precise invalidation), proven with
 * Next's own x-nextjs-cache header on the embedded build: a body edit of guide A re-renders A and the pages that
 * show A's content; a rename also re-renders every page that links to A or lists it in the navigation; everything
 * else stays a cache HIT.
 */
jest.setTimeout(300_000)

const SECRET = 'precise-invalidation-secret'
const GUIDE_ID = 'guide-iso-64-bit'
const seed = loadSeed()
const guide = titledDocument(seed, GUIDE_ID)
const GUIDE_PATH = `/${guide.slug.current}`
const file = path.join(mkdtempSync(path.join(tmpdir(), 'w12-precise-')), 'dataset.ndjson')

let site: SharedSite
let guidePaths: string[]
let newsPaths: string[]
/** Guides whose page shows guide A's content (a related-guide card). */
let showingA: string[]
/** Pages built from documents that link to guide A (guides, news items, FAQ answers). */
let linkingA: string[]
let navigationIds: string[]

async function cacheState(route: string): Promise<{ route: string; cache: string | null; html: string }> {
  const response = await fetch(site.url + route)
  return { route, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** Requests every page until each is a cached HIT (prerendered pages are already; others render once). */
async function warm(routes: string[]): Promise<void> {
  for (const route of routes) {
    for (let attempt = 0; attempt < 3 && (await cacheState(route)).cache !== 'HIT'; attempt++);
  }
}

async function webhook(payload: object): Promise<string[]> {
  const response = await sendSignedWebhook(site.url, payload, SECRET)
  expect(response.status).toBe(200)
  return ((await response.json()) as { revalidated: string[] }).revalidated
}

function writeDataset(change: (document: Record<string, unknown>) => Record<string, unknown>): void {
  writeFileSync(file, toNdjson(seed.map((document) => (document._id === GUIDE_ID ? change({ ...document }) : document))))
}

const paragraph = (text: string) => ({
  _type: 'block',
  _key: `edit-${text.length}`,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text, marks: [] }],
})

beforeAll(async () => {
  copyFileSync(SEED_PATH, file)
  site = await startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: file, SANITY_REVALIDATE_SECRET: SECRET, SANITY_WEBHOOK_SETTLE_MS: '0' })
  const guides = await runQuery<{ _id: string; slug: string; related: string[] | null }[]>(
    seed,
    `*[_type == "guide" && defined(slug.current)]{ _id, "slug": slug.current, "related": related[]._ref }`,
  )
  guidePaths = guides.map((item) => `/${item.slug}`)
  showingA = guides.filter((item) => item._id !== GUIDE_ID && (item.related ?? []).includes(GUIDE_ID)).map((item) => `/${item.slug}`)
  const referrers = await runQuery<{ _type: string; slug: string | null }[]>(seed, `*[references($id) && _id != "siteSettings"]{ _type, "slug": slug.current }`, { id: GUIDE_ID })
  linkingA = [
    ...new Set(
      referrers.flatMap((referrer) =>
        referrer._type === 'guide' && referrer.slug ? [`/${referrer.slug}`] : referrer._type === 'newsItem' && referrer.slug ? [`/news/${referrer.slug}`] : referrer._type === 'faq' ? ['/faq'] : [],
      ),
    ),
  ]
  newsPaths = (await runQuery<string[]>(seed, `*[_type == "newsItem" && publishedAt <= now()].slug.current`)).map((slug) => `/news/${slug}`)
  navigationIds = await runQuery<string[]>(seed, `*[_id == "siteSettings"][0].navigation[].links[].guide._ref`)
})

afterAll(() => site?.stop())

it('re-renders guide A and the hub after a body edit of A; other guides, news, /news and /faq stay cached', async () => {
  const untouched = [...guidePaths.filter((route) => route !== GUIDE_PATH && !showingA.includes(route)), ...newsPaths, '/news', '/faq']
  // The proof needs pages on both sides.
  expect(untouched.filter((route) => guidePaths.includes(route)).length).toBeGreaterThan(0)
  await warm([GUIDE_PATH, '/', ...showingA, ...untouched])

  writeDataset((document) => ({ ...document, body: [paragraph('Edited body, version 2.'), ...(document.body as object[])] }))
  const expired = await webhook({ _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: false })
  expect(expired).not.toContain(`link:${GUIDE_ID}`)

  const edited = await cacheState(GUIDE_PATH)
  expect(edited.cache).not.toBe('HIT')
  expect(edited.html).toContain('Edited body, version 2.')
  expect((await cacheState('/')).cache).not.toBe('HIT')
  for (const route of showingA) expect((await cacheState(route)).cache).not.toBe('HIT')

  const after = await Promise.all(untouched.map((route) => cacheState(route)))
  expect(after.filter((page) => page.cache !== 'HIT').map((page) => page.route)).toEqual([])
})

it('after a rename of A, also re-renders the pages that link to A or list it in the navigation', async () => {
  const everyPage = ['/', ...guidePaths, ...newsPaths, '/news', '/faq']
  await warm(everyPage)
  writeDataset((document) => ({ ...document, title: 'Renamed 64-bit ISO guide', shortTitle: 'Renamed 64-bit ISO' }))
  const expired = await webhook({ _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: true })
  expect(expired).toContain(`link:${GUIDE_ID}`)

  expect(firstHeading((await cacheState(GUIDE_PATH)).html)).toBe('Renamed 64-bit ISO guide')
  // Each page once: its first request after the webhook is the one that shows whether it was expired.
  const expected = [...new Set(navigationIds.includes(GUIDE_ID) ? everyPage.filter((route) => route !== GUIDE_PATH) : ['/', ...showingA, ...linkingA])]
  for (const route of expected) expect({ route, cache: (await cacheState(route)).cache }).not.toEqual({ route, cache: 'HIT' })
  if (!navigationIds.includes(GUIDE_ID)) {
    const rest = everyPage.filter((route) => route !== GUIDE_PATH && !expected.includes(route))
    const after = await Promise.all(rest.map((route) => cacheState(route)))
    expect(after.filter((page) => page.cache !== 'HIT').map((page) => page.route)).toEqual([])
  }
  // The renamed title reaches the pages that link to it.
  for (const route of linkingA) expect((await cacheState(route)).html).not.toContain(`>${guide.title}<`)
  expect(readFileSync(file, 'utf8')).toContain('Renamed 64-bit ISO guide')
})
