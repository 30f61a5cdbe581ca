import { GUIDE_SLUGS_QUERY } from '@/sanity/lib/content/guides'
import { NEWS_SLUGS_QUERY } from '@/sanity/lib/content/news'
import { loadSeed, runQuery } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'

/*
 * Page weight at the seed, read over HTTP from the embedded build. Every byte of markup is paid twice: once in the
 * HTML and once in Next's inline RSC payload (`self.__next_f.push`), which carries the rendered tree again. So the
 * budgets are on raw HTML bytes (deterministic, unlike timings), and the rules that keep pages light are checked in
 * the same bytes: icons drawn once in a sprite, one header navigation, one outline.
 */
jest.setTimeout(120_000)

/** Raw (uncompressed) HTML per page kind, in kB of 1,000 bytes: issue 17's budgets at the seed. */
const BUDGET_KB = { hub: 100, guide: 110, FAQ: 100, 'news item': 60 } as const
type Kind = keyof typeof BUDGET_KB

const seed = loadSeed()
let site: SharedSite

beforeAll(async () => {
  site = await startSharedSite('embedded')
})
afterAll(() => site?.stop())

async function html(route: string): Promise<string> {
  const response = await fetch(site.url + route)
  expect({ route, status: response.status }).toEqual({ route, status: 200 })
  return response.text()
}

const count = (text: string, needle: string) => text.split(needle).length - 1
/** The page's markup without its scripts (the RSC payload, the JSON-LD, the theme script). */
const markup = (page: string) => page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
const siteHeader = (page: string) => /<header class="site-header">[\s\S]*?<\/header>/.exec(markup(page))?.[0] ?? ''

describe('page weight at the seed', () => {
  it('keeps every page of each kind within its raw HTML budget', async () => {
    const guides = await runQuery<string[]>(seed, GUIDE_SLUGS_QUERY, { limit: 10_000 })
    const news = await runQuery<string[]>(seed, NEWS_SLUGS_QUERY, { limit: 10_000 })
    expect(guides.length).toBeGreaterThan(0)
    expect(news.length).toBeGreaterThan(0)
    const pages: [Kind, string][] = [
      ['hub', '/'],
      ['FAQ', '/faq'],
      ...guides.map((slug): [Kind, string] => ['guide', `/${slug}`]),
      ...news.map((slug): [Kind, string] => ['news item', `/news/${slug}`]),
    ]
    const overBudget: string[] = []
    for (const [kind, route] of pages) {
      const bytes = Buffer.byteLength(await html(route))
      if (bytes > BUDGET_KB[kind] * 1000) overBudget.push(`${kind} ${route}: ${(bytes / 1000).toFixed(1)} kB > ${BUDGET_KB[kind]} kB`)
    }
    expect(overBudget).toEqual([])
  })

  it('draws every icon from one cached sprite: pages carry <use> references, never a drawing', async () => {
    const guide = await html(`/${(await runQuery<string[]>(seed, GUIDE_SLUGS_QUERY, { limit: 10_000 }))[0]}`)
    const hub = await html('/')
    for (const page of [guide, hub]) {
      // Neither the markup nor the RSC payload holds a drawing: no path, circle or rect element anywhere.
      expect(page.match(/<(path|circle|rect)\b[^>]*>|\\"\$\\",\\"(path|circle|rect)\\"/g)?.slice(0, 3) ?? []).toEqual([])
    }
    const references = [...`${guide}${hub}`.matchAll(/<use href="([^"#]+)#([a-z-]+)"/g)]
    expect(references.length).toBeGreaterThan(10)
    const spriteUrls = new Set(references.map((match) => match[1]))
    expect(spriteUrls.size).toBe(1)
    const [spriteUrl] = spriteUrls
    expect(spriteUrl).toMatch(/^\/[^/]/)
    const response = await fetch(new URL(spriteUrl, site.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    // Cached by browsers: a page load does not ask for it again.
    expect(response.headers.get('cache-control')).toMatch(/max-age=[1-9]/)
    const sprite = await response.text()
    const missing = [...new Set(references.map((match) => match[2]))].filter((id) => !sprite.includes(`<symbol id="${id}"`))
    expect(missing).toEqual([])
  })

  it('renders the header navigation and the outline once, for every width', async () => {
    const guide = await html('/windows-12-release-date')
    const header = siteHeader(guide)
    expect(count(header, '<nav ')).toBe(1)
    expect(count(header, 'role="search"')).toBe(1)
    // Each guide of the navigation is linked once in the header (the footer lists them again, as a sitemap).
    const links = [...header.matchAll(/<a [^>]*href="(\/[a-z0-9-]+)"/g)].map((match) => match[1])
    expect(links).toContain('/windows-12-release-date')
    expect(links.length).toBe(new Set(links).size)
    // The payload carries the same single navigation.
    expect(count(guide, '\\"aria-label\\":\\"Main\\"')).toBe(1)
    // One "On this page" outline: each of its entries is one link in the markup.
    expect(count(markup(guide), 'class="outline-list"')).toBe(1)
    const entries = [...markup(guide).matchAll(/<li[^>]*><a href="(#[a-z0-9-]+)">/g)].map((match) => match[1])
    expect(entries.length).toBeGreaterThan(3)
    expect(entries.length).toBe(new Set(entries).size)
  })
})
