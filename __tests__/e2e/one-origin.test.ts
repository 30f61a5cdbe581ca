import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { decodeEntities } from '../support/next-server'
import { startSharedSite, type SharedSite } from '../support/shared-builds'

/*
 * One origin (lib/build-origin.ts): the embedded shared build is made without SITE_URL, so its prerendered pages
 * carry http://localhost:3000. A server started with another SITE_URL refuses to start, naming both and the fix;
 * started with the same one, robots.txt, the sitemap, canonical links, Open Graph, JSON-LD, the feeds and the
 * calendar all name it.
 */
jest.setTimeout(300_000)

const ROOT = path.join(__dirname, '..', '..')
const BUILD_ORIGIN = 'http://localhost:3000'
const GUIDE = '/windows-12-iso-64-bit'
const NEWS_ITEM = '/news/windows-10-end-of-support'

async function text(site: SharedSite, route: string): Promise<string> {
  const response = await fetch(site.url + route)
  expect({ route, status: response.status }).toEqual({ route, status: 200 })
  return response.text()
}

const attribute = (html: string, pattern: RegExp) => decodeEntities(pattern.exec(html)?.[1] ?? '')

afterAll(() => {
  // Copies of the build left by the server that refused to start.
  for (const entry of readdirSync(path.join(ROOT, '.next-test'))) {
    if (entry.startsWith(`run-${process.pid}-`)) rmSync(path.join(ROOT, '.next-test', entry), { recursive: true, force: true })
  }
})

it('refuses to start with a SITE_URL other than the build’s, naming both values and the fix', async () => {
  const started = startSharedSite('embedded', { SITE_URL: 'https://example.org', SITE_INDEXING: 'on' })
  await expect(started).rejects.toThrow(/cannot start: SITE_URL is https:\/\/example\.org, but the pages of this build were prerendered with http:\/\/localhost:3000/)
  await expect(started).rejects.toThrow(/start with SITE_URL=http:\/\/localhost:3000, or build again with SITE_URL=https:\/\/example\.org/)
})

describe('started with the build’s SITE_URL', () => {
  let site: SharedSite
  beforeAll(async () => {
    site = await startSharedSite('embedded', { SITE_URL: BUILD_ORIGIN, SITE_INDEXING: 'on' })
  })
  afterAll(() => site?.stop())

  it('names that one origin in robots.txt, the sitemap, canonical links, Open Graph, JSON-LD, the feeds and the calendar', async () => {
    expect(await text(site, '/robots.txt')).toMatch(new RegExp(`^Sitemap: ${BUILD_ORIGIN}/sitemap\\.xml$`, 'm'))
    const sitemapIndex = await text(site, '/sitemap.xml')
    const sitemapFiles = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(sitemapFiles.length).toBeGreaterThan(0)
    for (const file of sitemapFiles) {
      expect(file.startsWith(`${BUILD_ORIGIN}/`)).toBe(true)
      const locs = [...(await text(site, new URL(file).pathname)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
      expect(locs.filter((loc) => !loc.startsWith(`${BUILD_ORIGIN}/`))).toEqual([])
    }
    for (const route of [GUIDE, NEWS_ITEM]) {
      const html = await text(site, route)
      expect({ route, canonical: attribute(html, /<link rel="canonical" href="([^"]*)"/) }).toEqual({ route, canonical: `${BUILD_ORIGIN}${route}` })
      expect({ route, ogUrl: attribute(html, /<meta property="og:url" content="([^"]*)"/) }).toEqual({ route, ogUrl: `${BUILD_ORIGIN}${route}` })
      expect({ route, ogImage: attribute(html, /<meta property="og:image" content="([^"]*)"/).startsWith(`${BUILD_ORIGIN}/`) }).toEqual({ route, ogImage: true })
      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n')
      const siteUrls = [...jsonLd.matchAll(/"(https?:\/\/[^"/]+)\/?[^"]*"/g)].map((match) => match[1]).filter((origin) => /localhost|example\.org/.test(origin))
      expect(siteUrls.length).toBeGreaterThan(0)
      expect(new Set(siteUrls)).toEqual(new Set([BUILD_ORIGIN]))
    }
    expect(await text(site, '/news/feed.xml')).toContain(`<link>${BUILD_ORIGIN}/news/windows-10-end-of-support</link>`)
    const feed = JSON.parse(await text(site, '/news/feed.json')) as { home_page_url: string; feed_url: string }
    expect([feed.home_page_url, feed.feed_url]).toEqual([`${BUILD_ORIGIN}/news`, `${BUILD_ORIGIN}/news/feed.json`])
    // iCalendar folds long lines (CRLF and a space): unfolded first.
    const calendar = (await text(site, '/release-calendar.ics')).replace(/\r\n[ \t]/g, '')
    expect(calendar).toContain(`${BUILD_ORIGIN}/release-calendar.ics`)
    expect(calendar).toContain(`More: ${BUILD_ORIGIN}/`)
  })
})
