import { XMLParser } from 'fast-xml-parser'
import { decodeEntities, firstHeading, type RunningSite } from '../support/next-server'
import { startSanityStandIn, type SanityStandIn, type StandInDocument } from '../support/sanity-api-standin'
import { loadSeed } from '../support/seed'
import { startSharedSite } from '../support/shared-builds'
import { sendSignedWebhook } from '../support/webhook'

/*
 * What search engines, feed readers and link previews get: robots.txt, the sitemap, the feeds, structured data,
 * page metadata and social images, read over HTTP from the shared hosted build, served with its source pointed at
 * a local stand-in of Sanity's API and SITE_URL set. Pages, feeds, sitemap and images render on first request
 * (freshPages), from the stand-in's dataset: the seed plus a scheduled news item (never listed) and a hostile one
 * (markup and emoji in its title).
 */
jest.setTimeout(300_000)

const SITE_URL = 'https://guide.example'
const SECRET = 'webhook-secret-for-discovery'
const HOSTILE_TITLE = '</script><script>alert(1)</script> “Quoted” 🚀 release'

const seed = loadSeed()
const seedNews = seed.filter((doc) => doc._type === 'newsItem')
const slugOf = (doc: Record<string, unknown>) => (doc.slug as { current: string }).current

const scheduled: StandInDocument = {
  _id: 'news-discovery-scheduled',
  _type: 'newsItem',
  _createdAt: '2026-11-01T00:00:00Z',
  _updatedAt: '2026-11-01T00:00:00Z',
  title: 'Scheduled item that must not be listed yet',
  slug: { _type: 'slug', current: 'discovery-scheduled' },
  publishedAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  status: 'rumored',
  excerpt: 'Not due yet.',
}
const hostile: StandInDocument = {
  _id: 'news-discovery-hostile',
  _type: 'newsItem',
  _createdAt: '2020-01-01T00:00:00Z',
  _updatedAt: '2020-01-01T00:00:00Z',
  title: HOSTILE_TITLE,
  slug: { _type: 'slug', current: 'discovery-hostile' },
  publishedAt: '2020-01-01T00:00:00Z',
  status: 'rumored',
  excerpt: '<img src=x onerror=alert(2)> & an excerpt',
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(3)' }],
      children: [{ _type: 'span', _key: 's1', text: 'A trap link', marks: ['l1'] }],
    },
  ],
}

/** Absolute URLs the site writes are on SITE_URL; the test server answers them on its own port. */
const onTestServer = (site: RunningSite, url: string) => {
  expect(url.startsWith(`${SITE_URL}/`)).toBe(true)
  return site.url + url.slice(SITE_URL.length)
}

async function get(site: RunningSite, route: string) {
  const response = await fetch(route.startsWith('http') ? route : site.url + route, { redirect: 'manual' })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) })

async function sitemapUrls(site: RunningSite): Promise<{ loc: string; lastmod?: string }[]> {
  const index = await get(site, '/sitemap.xml')
  expect(index.status).toBe(200)
  expect(index.headers.get('content-type')).toMatch(/xml/)
  const files = (xml.parse(index.body).sitemapindex.sitemap as { loc: string }[]).map((file) => file.loc)
  expect(files.length).toBeGreaterThanOrEqual(1)
  const urls: { loc: string; lastmod?: string }[] = []
  for (const file of files) {
    const response = await get(site, onTestServer(site, file))
    expect(response.status).toBe(200)
    urls.push(...(xml.parse(response.body).urlset.url as { loc: string; lastmod?: string }[]))
  }
  return urls
}

type RssItem = { title: string; link: string; guid: { '#text': string }; pubDate: string; category?: string[]; 'content:encoded': string }
async function rssItems(site: RunningSite): Promise<RssItem[]> {
  const response = await get(site, '/news/feed.xml')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
  const rss = xml.parse(response.body).rss
  expect(rss['@_version']).toBe('2.0')
  return rss.channel.item as RssItem[]
}

type JsonFeed = { version: string; items: { id: string; url: string; title: string; date_published: string; date_modified: string; content_html: string; tags?: string[] }[] }
async function jsonFeed(site: RunningSite): Promise<JsonFeed> {
  const response = await get(site, '/news/feed.json')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/)
  return JSON.parse(response.body) as JsonFeed
}

function jsonLdOf(html: string): { scripts: number; types: string[]; graph: Record<string, unknown>[] } {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  const graph = scripts.flatMap((match) => (JSON.parse(match[1]) as { '@graph': Record<string, unknown>[] })['@graph'])
  return { scripts: scripts.length, types: graph.map((node) => String(node['@type'])), graph }
}

/** The visible breadcrumbs: each crumb's text and, but for the current page, where it links. */
function breadcrumbsOf(html: string): { nav: string; crumbs: { name: string; href: string | null }[] } {
  const nav = /<nav aria-label="Breadcrumb"[^>]*><ol[^>]*>([\s\S]*?)<\/ol><\/nav>/.exec(html)?.[1] ?? ''
  const crumbs = [...nav.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => ({
    name: decodeEntities(match[1].replace(/<[^>]+>/g, '')),
    href: /<a href="([^"]*)"/.exec(match[1])?.[1] ?? null,
  }))
  return { nav, crumbs }
}

/** The content attribute of a <meta> by property or name, entities decoded. */
function meta(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)
  return match ? decodeEntities(match[1]) : null
}

const signedWebhook = (site: RunningSite, payload: unknown) => sendSignedWebhook(site.url, payload, SECRET)

describe('discovery: robots, sitemap, feeds, structured data, metadata, social images', () => {
  let standIn: SanityStandIn
  let site: RunningSite
  const env = () => ({
    SANITY_API_HOST: standIn.url,
    SANITY_REVALIDATE_SECRET: SECRET,
    SANITY_WEBHOOK_SETTLE_MS: '0',
    SITE_URL,
  })

  beforeAll(async () => {
    standIn = await startSanityStandIn([...seed, scheduled, hostile])
    site = await startSharedSite('hosted', env(), { freshPages: true })
  })
  afterAll(async () => {
    await site?.stop()
    await standIn?.stop()
  })

  it('robots.txt opens readers’ pages, closes the Studio and the API, and names the sitemap', async () => {
    const robots = await get(site, '/robots.txt')
    expect(robots.status).toBe(200)
    expect(robots.body).toMatch(/^User-Agent: \*$/m)
    expect(robots.body).toMatch(/^Allow: \/$/m)
    expect(robots.body).toMatch(/^Disallow: \/studio$/m)
    expect(robots.body).toMatch(/^Disallow: \/api\/$/m)
    expect(robots.body).toMatch(/^Sitemap: https:\/\/guide\.example\/sitemap\.xml$/m)
  })

  it('robots.txt shuts everything without SITE_URL, for a local one, a preview deployment, or SITE_INDEXING=off', async () => {
    // A server reading a Sanity project refuses to start without SITE_URL, so that case runs on the embedded build.
    const variants = [
      { build: 'embedded' as const, env: { SITE_URL: undefined } },
      { build: 'hosted' as const, env: { ...env(), SITE_URL: 'http://localhost:3000' } },
      { build: 'hosted' as const, env: { ...env(), VERCEL_ENV: 'preview' } },
      { build: 'hosted' as const, env: { ...env(), SITE_INDEXING: 'off' } },
    ]
    for (const { build, env: variant } of variants) {
      // Pages rendered from each variant's own SITE_URL: a server refuses a SITE_URL other than its prerendered pages'.
      const other = await startSharedSite(build, variant, { freshPages: true })
      try {
        const robots = await get(other, '/robots.txt')
        expect({ variant, status: robots.status, body: robots.body.trim() }).toEqual({ variant, status: 200, body: 'User-Agent: *\nDisallow: /' })
      } finally {
        await other.stop()
      }
    }
  })

  it('lists every reader page in the sitemap once, each answering 200, and no scheduled item', async () => {
    const urls = await sitemapUrls(site)
    const locs = urls.map((url) => url.loc)
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs[0]).toBe(`${SITE_URL}/`)
    for (const guide of seed.filter((doc) => doc._type === 'guide')) expect(locs).toContain(`${SITE_URL}/${slugOf(guide)}`)
    for (const item of [...seedNews, hostile]) expect(locs).toContain(`${SITE_URL}/news/${slugOf(item)}`)
    expect(locs).toEqual(expect.arrayContaining([`${SITE_URL}/news`, `${SITE_URL}/faq`]))
    expect(locs).not.toContain(`${SITE_URL}/news/${slugOf(scheduled)}`)
    expect(locs.some((loc) => loc.includes('/search'))).toBe(false)
    for (const { lastmod } of urls) if (lastmod) expect(Date.parse(lastmod)).toBeLessThanOrEqual(Date.now())
    for (const loc of locs) {
      const response = await fetch(onTestServer(site, loc), { redirect: 'manual' })
      expect({ loc, status: response.status }).toEqual({ loc, status: 200 })
    }
  })

  it('gives every page in the sitemap a unique title, a description, its canonical URL, a large Twitter card and the feeds', async () => {
    const titles = new Map<string, string>()
    for (const { loc } of await sitemapUrls(site)) {
      const { body: html } = await get(site, onTestServer(site, loc))
      const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
      expect({ loc, title: title.length > 0 }).toEqual({ loc, title: true })
      expect({ loc, sameTitleAs: titles.get(title) }).toEqual({ loc, sameTitleAs: undefined })
      titles.set(title, loc)
      const description = meta(html, 'description')
      expect({ loc, description: Boolean(description && description.length <= 160) }).toEqual({ loc, description: true })
      expect(html).toContain(`<link rel="canonical" href="${loc === `${SITE_URL}/` ? SITE_URL : loc}"/>`)
      expect({ loc, card: meta(html, 'twitter:card') }).toEqual({ loc, card: 'summary_large_image' })
      expect(html).toContain(`<link rel="alternate" type="application/rss+xml" href="${SITE_URL}/news/feed.xml"`)
      expect(html).toContain(`<link rel="alternate" type="application/feed+json" href="${SITE_URL}/news/feed.json"`)
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/)
    }
  })

  it('marks guides and news as articles with their published and modified times', async () => {
    const guide = (await get(site, '/windows-12-iso-64-bit')).body
    expect(meta(guide, 'og:type')).toBe('article')
    expect(meta(guide, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(meta(guide, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const item = (await get(site, '/news/windows-10-end-of-support')).body
    expect(meta(item, 'og:type')).toBe('article')
    expect(meta(item, 'article:published_time')).toBe('2025-10-14T08:00:00.000Z')
    // Modified: the later of publication and last edit, never a time still to come.
    const doc = seedNews.find((news) => news._id === 'news-windows-10-end-of-support') as StandInDocument
    const times = [doc.publishedAt, doc._updatedAt].map((value) => Date.parse(String(value))).filter((time) => time <= Date.now())
    expect(meta(item, 'article:modified_time')).toBe(new Date(Math.max(...times)).toISOString())
    expect(meta((await get(site, '/')).body, 'og:type')).toBe('website')
  })

  it('publishes the latest visible news as RSS 2.0 and JSON Feed 1.1, newest first, with absolute links', async () => {
    const visible = [...seedNews, hostile].sort((a, b) => Date.parse(String(b.publishedAt)) - Date.parse(String(a.publishedAt)))
    const items = await rssItems(site)
    expect(items).toHaveLength(Math.min(30, visible.length))
    expect(items.map((item) => item.link)).toEqual(visible.map((doc) => `${SITE_URL}/news/${slugOf(doc)}`))
    expect(items.map((item) => item.guid['#text'])).toEqual(visible.map((doc) => doc._id))
    expect(items.map((item) => Date.parse(item.pubDate))).toEqual(visible.map((doc) => Date.parse(String(doc.publishedAt))))
    const endOfSupport = items.find((item) => item.link.endsWith('/windows-10-end-of-support')) as RssItem
    // Its status, and the mark of an item later news superseded, with a notice linking the newer item.
    expect(endOfSupport.category).toEqual(['Confirmed', 'Superseded'])
    expect(endOfSupport['content:encoded']).toMatch(new RegExp(`^<p><strong>Superseded\\.</strong> Later news changed this story: <a href="${SITE_URL}/news/`))
    for (const href of endOfSupport['content:encoded'].matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^https?:\/\//)
    expect(endOfSupport['content:encoded']).toContain(`href="${SITE_URL}/windows-12-system-requirements"`)

    const feed = await jsonFeed(site)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.map((item) => item.url)).toEqual(visible.map((doc) => `${SITE_URL}/news/${slugOf(doc)}`))
    expect(feed.items.map((item) => item.date_published)).toEqual(visible.map((doc) => new Date(String(doc.publishedAt)).toISOString()))
    expect(feed.items.map((item) => item.title)).toContain(HOSTILE_TITLE)
    expect(JSON.stringify(feed)).not.toContain(scheduled.title as string)

    const news = (await get(site, '/news')).body
    expect(news).toMatch(/<a href="\/news\/feed\.xml"[^>]*>RSS feed<\/a>/)
    expect(news).toMatch(/<a href="\/news\/feed\.json"[^>]*>JSON Feed<\/a>/)
  })

  it('keeps hostile content inert in the feeds', async () => {
    const raw = (await get(site, '/news/feed.xml')).body
    const item = (await rssItems(site)).find((entry) => entry.guid['#text'] === hostile._id) as RssItem
    expect(decodeEntities(item.title)).toBe(HOSTILE_TITLE)
    expect(raw).not.toMatch(/<script|<img|javascript:/i)
    const json = (await jsonFeed(site)).items.find((entry) => entry.id === hostile._id)
    expect(json?.content_html).toBe('<p>A trap link</p>')
  })

  it('describes each kind of page in one JSON-LD script with the right types', async () => {
    const hub = jsonLdOf((await get(site, '/')).body)
    expect(hub).toMatchObject({ scripts: 1, types: ['WebSite', 'Organization'] })

    const guide = jsonLdOf((await get(site, '/create-windows-12-bootable-usb')).body)
    expect(guide.scripts).toBe(1)
    expect(guide.types.slice(0, 2)).toEqual(['Article', 'BreadcrumbList'])
    const stepsBlocks = (seed.find((doc) => doc._id === 'guide-bootable-usb')?.body as { _type: string }[]).filter((member) => member._type === 'steps')
    expect(stepsBlocks.length).toBeGreaterThan(0)
    expect(guide.types.filter((type) => type === 'HowTo')).toHaveLength(stepsBlocks.length)
    expect(guide.graph[0]).toMatchObject({ publisher: { '@type': 'Organization', name: 'Windows 12 Guide' } })
    expect(guide.graph[0].dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/)

    const item = jsonLdOf((await get(site, '/news/windows-10-end-of-support')).body)
    expect(item).toMatchObject({ scripts: 1, types: ['NewsArticle', 'BreadcrumbList'] })
    const sources = seedNews.find((doc) => doc._id === 'news-windows-10-end-of-support')?.sources as { label: string; url: string }[]
    expect(sources.length).toBeGreaterThan(0)
    expect(item.graph[0]).toMatchObject({
      datePublished: '2025-10-14T08:00:00.000Z',
      citation: sources.map((source) => ({ '@type': 'CreativeWork', name: source.label, url: new URL(source.url).href })),
    })
    expect((item.graph[1].itemListElement as { name: string }[]).map((crumb) => crumb.name)).toEqual(['Home', 'News', 'Windows 10 support ends on 14 October 2025'])

    const faq = jsonLdOf((await get(site, '/faq')).body)
    expect(faq).toMatchObject({ scripts: 1, types: ['FAQPage'] })
    const questions = faq.graph[0].mainEntity as { name: string; acceptedAnswer: { text: string } }[]
    expect(questions).toHaveLength(seed.filter((doc) => doc._type === 'faq').length)
    for (const question of questions) expect(question.acceptedAnswer.text).not.toMatch(/[<>]/)
  })

  it('shows breadcrumbs matching the BreadcrumbList, and keeps a hostile title inert in HTML and JSON-LD', async () => {
    const { status, body: html } = await get(site, `/news/${slugOf(hostile)}`)
    expect(status).toBe(200)
    expect(firstHeading(html)).toBe(HOSTILE_TITLE)
    const { nav, crumbs } = breadcrumbsOf(html)
    const jsonLd = jsonLdOf(html)
    expect(jsonLd.scripts).toBe(1)
    expect(crumbs.map((crumb) => crumb.name)).toEqual((jsonLd.graph[1].itemListElement as { name: string }[]).map((crumb) => crumb.name))
    expect(nav).toMatch(/<span aria-current="page">/)
    expect(jsonLd.graph[0].headline).toBe(HOSTILE_TITLE)
    // The only scripts are the JSON-LD one and Next's own (external files and its inline flight data).
    expect(html).not.toContain('<script>alert(1)</script>')
  })

  it('gives the All guides and news lists breadcrumbs, the same trail as their BreadcrumbList', async () => {
    for (const [route, title, trail] of [
      ['/guides', 'All Windows 12 guides', [{ name: 'Home', href: '/' }, { name: 'All guides', href: null }]],
      ['/news', 'Windows 12 news', [{ name: 'Home', href: '/' }, { name: 'News', href: null }]],
    ] as const) {
      const { status, body: html } = await get(site, route)
      expect({ route, status }).toEqual({ route, status: 200 })
      const { nav, crumbs } = breadcrumbsOf(html)
      expect({ route, crumbs }).toEqual({ route, crumbs: trail })
      expect(nav).toMatch(/<span aria-current="page">/)
      const jsonLd = jsonLdOf(html)
      expect({ route, scripts: jsonLd.scripts, types: jsonLd.types }).toEqual({ route, scripts: 1, types: ['CollectionPage', 'BreadcrumbList'] })
      expect(jsonLd.graph[0]).toMatchObject({ name: title, url: `${SITE_URL}${route}` })
      expect(jsonLd.graph[1].itemListElement).toEqual(
        trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: `${SITE_URL}${crumb.href ?? route}` })),
      )
    }
  })

  it('points og:image at a 1200×630 PNG, also for a title with markup and emoji', async () => {
    for (const route of ['/', '/windows-12-iso-64-bit', '/news', '/news/windows-10-end-of-support', `/news/${slugOf(hostile)}`, '/faq']) {
      const { body: html } = await get(site, route)
      const image = meta(html, 'og:image') as string
      expect({ route, image: image?.startsWith(`${SITE_URL}/`) }).toEqual({ route, image: true })
      const response = await fetch(onTestServer(site, image))
      const png = Buffer.from(await response.arrayBuffer())
      expect({ route, status: response.status, type: response.headers.get('content-type') }).toEqual({ route, status: 200, type: 'image/png' })
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
      expect(meta(html, 'twitter:image')).toBe(image)
    }
  })

  it('refreshes the feeds and the sitemap after a signed webhook for a news item whose title changed', async () => {
    const doc = seedNews.find((item) => item._id === 'news-windows-10-end-of-support') as StandInDocument
    const editedAt = new Date(Date.now() - 1000).toISOString()
    const before = (await rssItems(site)).find((item) => item.guid['#text'] === doc._id) as RssItem
    expect(before.title).toBe(doc.title)

    standIn.upsert({ ...doc, title: 'Windows 10 support has ended (edited)', _updatedAt: editedAt })
    // Cached until Sanity says something changed.
    expect((await rssItems(site)).find((item) => item.guid['#text'] === doc._id)?.title).toBe(doc.title)

    const response = await signedWebhook(site, { _type: 'newsItem', _id: doc._id, slug: slugOf(doc) })
    expect(response.status).toBe(200)

    expect((await rssItems(site)).find((item) => item.guid['#text'] === doc._id)?.title).toBe('Windows 10 support has ended (edited)')
    expect((await jsonFeed(site)).items.find((item) => item.id === doc._id)?.title).toBe('Windows 10 support has ended (edited)')
    const entry = (await sitemapUrls(site)).find((url) => url.loc === `${SITE_URL}/news/${slugOf(doc)}`)
    expect(entry?.lastmod).toBe(editedAt)
  })
})
