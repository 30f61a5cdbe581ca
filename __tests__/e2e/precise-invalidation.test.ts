import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadSeed, runQuery, titledDocument, toNdjson } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { sendSignedWebhook } from '../support/webhook'

/*
 * One edit re-renders exactly the pages that show the edited document (issue: precise invalidation), proven with
 * Next's own x-nextjs-cache header on the embedded build: each page is a cache HIT before the webhook; the pages
 * that show the edited document answer MISS (or STALE) with the new content on their next request; every other page
 * is still a HIT. Covered: a body edit of guide A, edits of the embedded comparison table and requirements, a rename
 * of A (outside the header navigation: the dataset copy takes it out) and a rename of a guide in the navigation.
 */
jest.setTimeout(300_000)

const SECRET = 'precise-invalidation-secret'
const GUIDE_ID = 'guide-iso-64-bit'
const NAVIGATION_GUIDE_ID = 'guide-bootable-usb'
const TABLE_ID = 'comparisonTable-windows-11-vs-windows-12'
const REQUIREMENTS_ID = 'requirements-windows-12'
const CHECKER_PATH = '/can-my-pc-run-windows-12'
const seed = loadSeed()
/** The seed with guide A taken out of the header navigation, so a rename of A re-renders only what links to it. */
const base = seed.map((document) =>
  document._id === 'siteSettings'
    ? {
        ...document,
        navigation: (document.navigation as { links: { guide: { _ref: string } }[] }[]).map((group) => ({
          ...group,
          links: group.links.filter((link) => link.guide._ref !== GUIDE_ID),
        })),
      }
    : document,
)
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

/** Requests every page until each is a cached HIT (pages render on their first request), and requires that. */
async function warm(routes: string[]): Promise<void> {
  for (const route of routes) {
    for (let attempt = 0; attempt < 3 && (await cacheState(route)).cache !== 'HIT'; attempt++);
  }
  const states = await Promise.all(routes.map((route) => cacheState(route)))
  expect(states.filter((page) => page.cache !== 'HIT').map(({ route, cache }) => ({ route, cache }))).toEqual([])
}

/** The first request after a webhook: a page that was expired is rendered again (MISS), or served stale while it is (STALE). */
async function expectRerendered(route: string, content?: string): Promise<void> {
  const page = await cacheState(route)
  expect({ route, cache: page.cache }).toEqual({ route, cache: expect.stringMatching(/^(MISS|STALE)$/) })
  if (content !== undefined) expect({ route, fresh: (await cacheState(route)).html.includes(content) }).toEqual({ route, fresh: true })
}

async function expectStillCached(routes: string[]): Promise<void> {
  const after = await Promise.all(routes.map((route) => cacheState(route)))
  expect(after.filter((page) => page.cache !== 'HIT').map(({ route, cache }) => ({ route, cache }))).toEqual([])
}

async function webhook(payload: object): Promise<string[]> {
  const response = await sendSignedWebhook(site.url, payload, SECRET)
  expect(response.status).toBe(200)
  return ((await response.json()) as { revalidated: string[] }).revalidated
}

/** Writes the base dataset with the given documents changed. */
function writeDataset(changes: Record<string, (document: Record<string, unknown>) => Record<string, unknown>>): void {
  writeFileSync(file, toNdjson(base.map((document) => (changes[document._id] ? changes[document._id]({ ...document }) : document))))
}

const paragraph = (text: string) => ({
  _type: 'block',
  _key: `edit-${text.length}`,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text, marks: [] }],
})

beforeAll(async () => {
  writeDataset({})
  // The build prerendered the seed, whose navigation lists guide A: every page renders from this dataset instead.
  site = await startSharedSite(
    'embedded',
    { SANITY_EMBEDDED_DATASET: file, SANITY_REVALIDATE_SECRET: SECRET, SANITY_WEBHOOK_SETTLE_MS: '0' },
    { freshPages: true },
  )
  const guides = await runQuery<{ _id: string; slug: string; related: string[] | null }[]>(
    base,
    `*[_type == "guide" && defined(slug.current)]{ _id, "slug": slug.current, "related": related[]._ref }`,
  )
  guidePaths = guides.map((item) => `/${item.slug}`)
  showingA = guides.filter((item) => item._id !== GUIDE_ID && (item.related ?? []).includes(GUIDE_ID)).map((item) => `/${item.slug}`)
  const referrers = await runQuery<{ _type: string; slug: string | null }[]>(base, `*[references($id) && _id != "siteSettings"]{ _type, "slug": slug.current }`, { id: GUIDE_ID })
  linkingA = [
    ...new Set(
      referrers.flatMap((referrer) =>
        referrer._type === 'guide' && referrer.slug ? [`/${referrer.slug}`] : referrer._type === 'newsItem' && referrer.slug ? [`/news/${referrer.slug}`] : referrer._type === 'faq' ? ['/faq'] : [],
      ),
    ),
  ]
  newsPaths = (await runQuery<string[]>(base, `*[_type == "newsItem" && publishedAt <= now()].slug.current`)).map((slug) => `/news/${slug}`)
  navigationIds = await runQuery<string[]>(base, `*[_id == "siteSettings"][0].navigation[].links[].guide._ref`)
})

afterAll(() => site?.stop())

it('re-renders guide A and the hub after a body edit of A; other guides, news, /news and /faq stay cached', async () => {
  const untouched = [...guidePaths.filter((route) => route !== GUIDE_PATH && !showingA.includes(route)), ...newsPaths, '/news', '/faq']
  // The proof needs pages on both sides.
  expect(untouched.filter((route) => guidePaths.includes(route)).length).toBeGreaterThan(0)
  await warm([GUIDE_PATH, '/', ...showingA, ...untouched])

  writeDataset({ [GUIDE_ID]: (document) => ({ ...document, body: [paragraph('Edited body, version 2.'), ...(document.body as object[])] }) })
  const expired = await webhook({ _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: false })
  expect(expired).not.toContain(`link:${GUIDE_ID}`)

  await expectRerendered(GUIDE_PATH, 'Edited body, version 2.')
  await expectRerendered('/')
  for (const route of showingA) await expectRerendered(route)
  await expectStillCached(untouched)
})

it('re-renders the hub and the two guides that embed the comparison table after an edit of the table, and no other guide', async () => {
  const embedding = await runQuery<string[]>(base, `*[_type == "guide" && references($id)].slug.current`, { id: TABLE_ID })
  expect(embedding.sort()).toEqual(['windows-12-features', 'windows-12-vs-windows-11'])
  const showing = embedding.map((slug) => `/${slug}`)
  const untouched = [...guidePaths.filter((route) => !showing.includes(route)), ...newsPaths, '/news', '/faq']
  await warm(['/', ...showing, ...untouched])

  writeDataset({ [TABLE_ID]: (document) => ({ ...document, caption: 'Comparison caption, version 2.' }) })
  await webhook({ _type: 'comparisonTable', _id: TABLE_ID, renamed: false })

  await expectRerendered('/', 'Comparison caption, version 2.')
  for (const route of showing) await expectRerendered(route, 'Comparison caption, version 2.')
  await expectStillCached(untouched)
})

it('re-renders the requirements guide and the checker after an edit of the requirements, and no other guide', async () => {
  const embedding = await runQuery<string[]>(base, `*[_type == "guide" && references($id)].slug.current`, { id: REQUIREMENTS_ID })
  expect(embedding).toEqual(['windows-12-system-requirements'])
  const requirementsGuide = `/${embedding[0]}`
  const untouched = [...guidePaths.filter((route) => route !== requirementsGuide), ...newsPaths, '/', '/news', '/faq']
  await warm([requirementsGuide, ...untouched])

  writeDataset({ [REQUIREMENTS_ID]: (document) => ({ ...document, summary: 'Requirements summary, version 2.' }) })
  await webhook({ _type: 'requirements', _id: REQUIREMENTS_ID, renamed: false })

  await expectRerendered(requirementsGuide, 'Requirements summary, version 2.')
  // The checker renders per request (its answer is a URL): it shows the new requirements at once.
  expect((await cacheState(CHECKER_PATH)).html).toContain('Requirements summary, version 2.')
  await expectStillCached(untouched)
})

it('after a rename of A (outside the navigation), re-renders the pages that link to A and no other page', async () => {
  expect(navigationIds).not.toContain(GUIDE_ID)
  const everyPage = ['/', ...guidePaths, ...newsPaths, '/news', '/faq']
  await warm(everyPage)
  writeDataset({ [GUIDE_ID]: (document) => ({ ...document, title: 'Renamed 64-bit ISO guide', shortTitle: 'Renamed 64-bit ISO' }) })
  const expired = await webhook({ _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: true })
  expect(expired).toContain(`link:${GUIDE_ID}`)

  const expected = [...new Set(['/', ...showingA, ...linkingA])].filter((route) => route !== GUIDE_PATH)
  const rest = everyPage.filter((route) => route !== GUIDE_PATH && !expected.includes(route))
  // The proof needs pages on both sides.
  expect(rest.filter((route) => guidePaths.includes(route)).length).toBeGreaterThan(0)
  await expectRerendered(GUIDE_PATH, 'Renamed 64-bit ISO guide')
  for (const route of expected) await expectRerendered(route)
  await expectStillCached(rest)
  // The renamed title reaches the pages that link to it.
  for (const route of linkingA) expect((await cacheState(route)).html).not.toContain(`>${guide.title}<`)
  expect(readFileSync(file, 'utf8')).toContain('Renamed 64-bit ISO guide')
})

it('after a rename of a guide in the header navigation, re-renders every page', async () => {
  expect(navigationIds).toContain(NAVIGATION_GUIDE_ID)
  const navigationGuide = titledDocument(seed, NAVIGATION_GUIDE_ID)
  const everyPage = ['/', ...guidePaths, ...newsPaths, '/news', '/faq']
  await warm(everyPage)
  writeDataset({ [NAVIGATION_GUIDE_ID]: (document) => ({ ...document, title: 'Bootable USB, renamed', shortTitle: 'USB, renamed' }) })
  await webhook({ _type: 'guide', _id: NAVIGATION_GUIDE_ID, slug: navigationGuide.slug.current, renamed: true })
  for (const route of everyPage) await expectRerendered(route, 'USB, renamed')
})
