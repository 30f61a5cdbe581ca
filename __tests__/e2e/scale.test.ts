import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decodeEntities, firstHeading, type RunningSite } from '../support/next-server'
import { until } from '../support/poll'
import { loadSeed } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'

/*
 * The site at two sizes, from the shared embedded build: the seed, and a dataset of 10,000 more news items, 200
 * more guides and 300 more FAQ entries made by `npm run dataset:synth` (pages render on their first request from
 * it). Pagination shows a window of at most 11 links and 404s past the end; the hub shows a bounded selection of
 * guides and links to "All guides", which lists every guide once, grouped and paginated the same way.
 */
jest.setTimeout(300_000)

const ROOT = path.join(__dirname, '..', '..')
const work = mkdtempSync(path.join(tmpdir(), 'w12-scale-'))
const LARGE = { news: 10_000, guides: 200, faqs: 300 }

const seed = loadSeed()
const count = (type: string) => seed.filter((document) => document._type === type).length
const SIZES = {
  seed: { news: count('newsItem'), guides: count('guide') },
  large: { news: count('newsItem') + LARGE.news, guides: count('guide') + LARGE.guides },
}
const NAVIGATION_GROUPS = ['Get Windows 12', 'About Windows 12']
/** Raw HTML of every list page at the large size (issue 17), in bytes. */
const LIST_PAGE_BUDGET = 130 * 1024

async function get(site: RunningSite, route: string) {
  const response = await fetch(site.url + route, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), location: response.headers.get('location') }
}

/** The pagination bar with this label: its links (text and address) and the current page. */
function pagination(html: string, label: string) {
  const nav = new RegExp(`<nav class="pagination" aria-label="${label}">(.*?)</nav>`, 's').exec(html)?.[1]
  if (nav === undefined) return null
  const links = [...nav.matchAll(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/gs)].map((match) => ({
    href: match[1],
    text: decodeEntities(match[2].replace(/<[^>]+>/g, '')).trim(),
  }))
  const current = /<span aria-current="page">(\d+)<\/span>/.exec(nav)?.[1]
  return { links, current: current === undefined ? undefined : Number(current), gaps: nav.split('…').length - 1 }
}

/** The FAQ entries a page lists (their fragment ids, in page order). */
const faqEntries = (html: string) => [...html.matchAll(/<details id="(faq-entry-[^"]+)"/g)].map((match) => match[1])
/** The FAQPage questions of a page's structured data. */
function faqStructuredData(html: string): string[] {
  return structuredData(html)
    .filter((node) => node['@type'] === 'FAQPage')
    .flatMap((node) => (node.mainEntity ?? []).map((question) => question.name))
}
/** The names of the BreadcrumbList of a page's structured data, in order. */
const structuredTrail = (html: string) =>
  structuredData(html)
    .filter((node) => node['@type'] === 'BreadcrumbList')
    .flatMap((node) => (node.itemListElement ?? []).map((crumb) => crumb.name))
type StructuredNode = { '@type': string; mainEntity?: { name: string }[]; itemListElement?: { name: string }[] }
function structuredData(html: string): StructuredNode[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  return scripts.flatMap((match) => (JSON.parse(match[1]) as { '@graph': StructuredNode[] })['@graph'])
}

/** Guide card links (`card-link` to a top-level address: news cards link below /news) in page order. */
const guideCards = (html: string) => [...html.matchAll(/<a class="card-link" href="\/([^"/]+)"/g)].map((match) => match[1])
/** Section headings (h2) of the "All guides" page. */
/** The breadcrumbs' texts, in order. */
const breadcrumbs = (html: string) =>
  [.../<nav aria-label="Breadcrumb"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1].matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g) ?? []].map((match) =>
    decodeEntities(match[1].replace(/<[^>]+>/g, '')),
  )
const groupHeadings = (html: string) => [...html.matchAll(/<h2 id="guides-[^"]*">(.*?)<\/h2>/g)].map((match) => decodeEntities(match[1]))

const sites: Record<'seed' | 'large', SharedSite | undefined> = { seed: undefined, large: undefined }
type Document = { _id: string; _type: string; category?: string; order?: number }
const datasets: Record<'seed' | 'large', Document[]> = { seed: seed as Document[], large: [] }

beforeAll(async () => {
  const file = path.join(work, 'large.ndjson')
  const synth = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'dataset-synth.mts'), '--news', String(LARGE.news), '--guides', String(LARGE.guides), '--faqs', String(LARGE.faqs), '--out', file], { encoding: 'utf8' })
  if (synth.status !== 0) throw new Error(`dataset:synth failed: ${synth.stderr}`)
  datasets.large = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  ;[sites.seed, sites.large] = await Promise.all([
    startSharedSite('embedded'),
    startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: file }, { freshPages: true }),
  ])
})
afterAll(async () => {
  await Promise.all([sites.seed?.stop(), sites.large?.stop()])
})

describe.each(['seed', 'large'] as const)('at the %s size', (size) => {
  const site = () => sites[size]!
  const newsPages = Math.ceil(SIZES[size].news / 10)
  const guidePages = Math.ceil(SIZES[size].guides / 24)

  it('builds the search index once the server listens, before any search, and answers a search from it', async () => {
    // No test in this file searches before this one: an index being built or ready was started by the server.
    const searchIndex = async () => ((await (await fetch(`${site().url}/api/ready`)).json()) as { checks?: { searchIndex?: string } }).checks?.searchIndex
    expect(['building', 'ready']).toContain(await searchIndex())
    await until('the search index to be ready', async () => (await searchIndex()) === 'ready')
    const search = await get(site(), '/search?q=release+date')
    expect(search.status).toBe(200)
    expect(search.html).toMatch(/<h2 id="search-count"[^>]*>\d+ results?(?:<!-- -->)? for/)
  })

  it('links “All guides” from the header’s main navigation on every kind of page', async () => {
    for (const route of ['/', '/windows-12-release-date', '/news', '/search?q=tpm', '/can-my-pc-run-windows-12']) {
      const { status, html } = await get(site(), route)
      const nav = /<nav aria-label="Main"[^>]*>([^]*?)<\/nav>/.exec(html)?.[1] ?? ''
      expect({ route, status, link: /<a href="\/guides">(?:<svg[^>]*>[^]*?<\/svg>)?All guides<\/a>/.test(nav) }).toEqual({ route, status: 200, link: true })
    }
  })

  it('windows the news list’s page links: first, last, current ±2, previous, next; at most 11', async () => {
    const first = await get(site(), '/news')
    expect(first.status).toBe(200)
    const bar = pagination(first.html, 'News pages')
    if (newsPages === 1) {
      expect(bar).toBeNull()
    } else {
      expect(bar?.current).toBe(1)
      expect(bar?.links.map((link) => link.text)).toEqual(['2', '3', String(newsPages), 'Older →'])
      expect(first.html).toContain(`Page 1 of ${newsPages}.`)

      const middle = Math.ceil(newsPages / 2)
      const page = await get(site(), `/news/page/${middle}`)
      expect(page.status).toBe(200)
      expect(breadcrumbs(page.html)).toEqual(['Home', 'News', `Page ${middle}`])
      const pageWindow = pagination(page.html, 'News pages')!
      expect(pageWindow.current).toBe(middle)
      expect(pageWindow.links.map((link) => link.href)).toEqual([
        `/news/page/${middle - 1}`,
        '/news',
        ...[middle - 2, middle - 1, middle + 1, middle + 2].map((number) => `/news/page/${number}`),
        `/news/page/${newsPages}`,
        `/news/page/${middle + 1}`,
      ])
      expect(pageWindow.links.length).toBeLessThanOrEqual(11)
      expect(pageWindow.gaps).toBe(2)

      const last = await get(site(), `/news/page/${newsPages}`)
      expect(last.status).toBe(200)
      expect(pagination(last.html, 'News pages')?.links.at(-1)?.text).toBe(String(newsPages - 1))
      // The oldest items: the last page holds the rest of the list.
      expect(last.html.match(/<article class="card news-card"/g)?.length ?? 0).toBe(SIZES[size].news - (newsPages - 1) * 10)
    }
    for (const route of [`/news/page/${newsPages + 1}`, '/news/page/0', '/news/page/99999']) {
      const missing = await get(site(), route)
      expect({ route, status: missing.status }).toEqual({ route, status: 404 })
    }
  })

  it('shows the navigation’s guides on the hub (a bounded selection) with a link to all guides', async () => {
    const hub = await get(site(), '/')
    expect(hub.status).toBe(200)
    const cards = guideCards(hub.html)
    expect(cards).toHaveLength(count('guide'))
    expect(new Set(cards).size).toBe(cards.length)
    expect(hub.html).toMatch(/<a class="section-link" href="\/guides">All guides/)
    // The footer links there too.
    expect(hub.html).toMatch(/<footer[^]*<a href="\/guides">All guides<\/a>/)
  })

  it('lists every guide once on the “All guides” pages, grouped as the navigation groups them', async () => {
    const seen: string[] = []
    for (let page = 1; page <= guidePages; page++) {
      const response = await get(site(), page === 1 ? '/guides' : `/guides/page/${page}`)
      expect({ page, status: response.status }).toEqual({ page, status: 200 })
      expect(firstHeading(response.html)).toBe('All Windows 12 guides')
      expect(breadcrumbs(response.html)).toEqual(page === 1 ? ['Home', 'All guides'] : ['Home', 'All guides', `Page ${page}`])
      const groups = groupHeadings(response.html)
      if (page === 1) expect(groups).toEqual(size === 'seed' ? NAVIGATION_GROUPS : [...NAVIGATION_GROUPS, 'Other guides'])
      else expect(groups).toEqual(['Other guides'])
      const bar = pagination(response.html, 'Guide pages')
      if (guidePages === 1) expect(bar).toBeNull()
      else {
        expect(bar?.current).toBe(page)
        expect(bar!.links.length).toBeLessThanOrEqual(11)
      }
      seen.push(...guideCards(response.html))
    }
    expect(seen).toHaveLength(SIZES[size].guides)
    expect(new Set(seen).size).toBe(seen.length)
    expect((await get(site(), `/guides/page/${guidePages + 1}`)).status).toBe(404)
  })

  it('keeps the FAQ bounded: each section’s first questions on /faq, every question on its section’s pages', async () => {
    const faqs = () => datasets[size].filter((document) => document._type === 'faq')
    const release = faqs()
      .filter((document) => document.category === 'release')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    const releasePages = Math.ceil(release.length / 20)

    const overview = await get(site(), '/faq')
    expect(overview.status).toBe(200)
    expect(Buffer.byteLength(overview.html)).toBeLessThanOrEqual(LIST_PAGE_BUDGET)
    const shown = faqEntries(overview.html)
    expect(faqStructuredData(overview.html)).toHaveLength(shown.length)
    if (size === 'seed') {
      // A few questions per section: the overview still lists every one, and links no section page.
      expect(shown).toHaveLength(faqs().length)
      expect(overview.html).not.toMatch(/All \d+ questions/)
    } else {
      // Five of each of the six sections (the dataset files none under "Other questions").
      expect(shown).toHaveLength(6 * 5)
      expect(overview.html).toContain(`href="/faq/release">All ${release.length} questions: Release date`)
    }

    const seen: string[] = []
    for (let page = 1; page <= releasePages; page++) {
      const response = await get(site(), page === 1 ? '/faq/release' : `/faq/release/page/${page}`)
      expect({ page, status: response.status }).toEqual({ page, status: 200 })
      expect(Buffer.byteLength(response.html)).toBeLessThanOrEqual(LIST_PAGE_BUDGET)
      expect(firstHeading(response.html)).toBe('Release date')
      // A later page names its number after the section, as the guide and news lists do, in both trails.
      const trail = page === 1 ? ['Home', 'FAQ', 'Release date'] : ['Home', 'FAQ', 'Release date', `Page ${page}`]
      expect(breadcrumbs(response.html)).toEqual(trail)
      expect(structuredTrail(response.html)).toEqual(trail)
      if (page > 1) expect(response.html).toMatch(/<nav aria-label="Breadcrumb"[^]*<a href="\/faq\/release">Release date<\/a>[^]*<span aria-current="page">Page \d+<\/span>/)
      // Every page of the section shares its social image.
      expect(response.html).toContain('<meta property="og:image" content="http://localhost:3000/faq/release/opengraph-image-18x80h')
      const entries = faqEntries(response.html)
      expect(faqStructuredData(response.html)).toHaveLength(entries.length)
      const bar = pagination(response.html, 'Pages of “Release date”')
      if (releasePages === 1) expect(bar).toBeNull()
      else expect(bar?.links.length).toBeLessThanOrEqual(11)
      seen.push(...entries)
    }
    expect(seen).toEqual(release.map((document) => `faq-entry-${document._id}`))
    const image = await fetch(`${site().url}/faq/release/opengraph-image-18x80h`)
    expect({ status: image.status, type: image.headers.get('content-type') }).toEqual({ status: 200, type: 'image/png' })
    const hostileIds = ['%00', '..%2F..%2Fetc', '%3Cscript%3E', 'x'.repeat(2_000), '__proto__']
    for (const route of [`/faq/release/page/${releasePages + 1}`, '/faq/no-such-section', '/faq/other', '/faq/question/no-such-entry', ...hostileIds.map((id) => `/faq/question/${id}`)]) {
      const missing = await get(site(), route)
      expect({ route, status: missing.status, heading: firstHeading(missing.html) }).toEqual({ route, status: 404, heading: 'Page not found' })
    }

    // The permalink search results use: a temporary redirect to where the entry is listed now.
    const entry = release[Math.min(release.length - 1, 25)]
    const permalink = await get(site(), `/faq/question/${entry._id}`)
    const location = `/faq/release${size === 'seed' ? '' : '/page/2'}#faq-entry-${entry._id}`
    expect({ status: permalink.status, location: permalink.location }).toEqual({ status: 307, location })
    expect(faqEntries((await get(site(), location.split('#')[0])).html)).toContain(`faq-entry-${entry._id}`)
  })

  it('lists “All guides” in the sitemap, in files of at most 5,000 addresses', async () => {
    const index = await get(site(), '/sitemap.xml')
    expect(index.status).toBe(200)
    const files = [...index.html.matchAll(/<loc>http:\/\/localhost:3000(\/sitemaps\/sitemap\/\d+\.xml)<\/loc>/g)].map((match) => match[1])
    expect(files.length).toBe(size === 'seed' ? 1 : 3)
    const urls: string[] = []
    for (const file of files) {
      const sitemap = await get(site(), file)
      const locs = [...sitemap.html.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
      expect(locs.length).toBeLessThanOrEqual(5_000)
      urls.push(...locs)
    }
    expect(urls).toContain('http://localhost:3000/guides')
    expect(urls).toContain(`http://localhost:3000${newsPages === 1 ? '/news' : `/news/page/${newsPages}`}`)
    expect(new Set(urls).size).toBe(urls.length)
  })
})
