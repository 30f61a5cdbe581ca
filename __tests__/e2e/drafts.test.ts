import { readFileSync } from 'node:fs'
import path from 'node:path'
import { stegaClean } from '@sanity/client/stega'
import { decodeEntities, firstHeading } from '../support/next-server'
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-api-standin'
import { loadSeed } from '../support/seed'
import { HOSTED_READ_TOKEN, startSharedSite, type SharedSite } from '../support/shared-builds'
import { filesUnder, scriptsOf, studioChunkUrls } from '../support/studio-chunks'

/*
 * Draft preview against the local Sanity API stand-in: the site is built and served with the hosted source
 * (a project id, the stand-in as API host) and a read token. The stand-in holds the seed, one draft of a
 * published guide, one guide that exists only as a draft, and the preview secret the Studio's Presentation tool
 * would have stored. Checks what a reader and an editor get, and that the token stays on the server.
 */
jest.setTimeout(300_000)

const ROOT = path.join(__dirname, '..', '..')
// The token the hosted build was made with (a leak into the browser's files can only show in such a build).
const TOKEN = HOSTED_READ_TOKEN
const SECRET = 'preview-secret-from-presentation'
const PUBLISHED_TITLE = 'Windows 12 features: what is expected and what is only rumored'
const DRAFT_TITLE = 'Windows 12 Features (draft): the new headline'
const DRAFT_ONLY_SLUG = 'windows-12-draft-only-guide'

/** Next's draft-mode cookie. */
const BYPASS_COOKIE = '__prerender_bypass'

let standIn: SanityStandIn
let site: SharedSite

function seedWithDrafts() {
  const seed = loadSeed()
  const features = seed.find((document) => document._id === 'guide-features')
  if (features?.title !== PUBLISHED_TITLE) throw new Error('the seed guide-features changed; update this test')
  return [
    ...seed,
    { ...features, _id: 'drafts.guide-features', title: DRAFT_TITLE },
    { ...features, _id: 'drafts.guide-draft-only', title: 'A guide nobody has published', slug: { _type: 'slug', current: DRAFT_ONLY_SLUG } },
    {
      // What the Presentation tool stores before it opens the preview (see @sanity/preview-url-secret).
      _id: 'sanity-preview-url-secret.test',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: new Date().toISOString(),
      secret: SECRET,
      studioUrl: 'http://127.0.0.1/studio',
    },
  ]
}

async function get(route: string, cookie?: string) {
  const response = await fetch(site.url + route, { redirect: 'manual', headers: cookie ? { cookie } : {} })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

const setCookies = (headers: Headers) => headers.getSetCookie()
const bypassCookie = (headers: Headers) => setCookies(headers).find((cookie) => cookie.startsWith(`${BYPASS_COOKIE}=`))
const heading = (html: string) => stegaClean(firstHeading(html))
/** Stega hides edit links in invisible characters (zero-width space, joiners, word joiner, BOM...). */
const STEGA_CHARACTERS = /[\u200B-\u200D\u2060\uFEFF]/

/** Opens the preview the way the Presentation tool does, and returns the draft-mode cookie to send. */
async function enablePreview(pathname: string): Promise<string> {
  const query = new URLSearchParams({ 'sanity-preview-secret': SECRET, 'sanity-preview-pathname': pathname })
  const response = await get(`/api/draft-mode/enable?${query}`)
  expect(response.status).toBe(307)
  expect(new URL(response.headers.get('location') ?? '', site.url).pathname).toBe(pathname)
  const cookie = bypassCookie(response.headers)
  expect(cookie).toBeDefined()
  return (cookie ?? '').split(';')[0]
}

beforeAll(async () => {
  standIn = await startSanityStandIn(seedWithDrafts())
  site = await startSharedSite('hosted', { SANITY_API_HOST: standIn.url, SANITY_API_READ_TOKEN: TOKEN })
})

afterAll(async () => {
  await site?.stop()
  await standIn?.stop()
})

describe('turning draft mode on', () => {
  it.each([
    ['without a secret', '/api/draft-mode/enable?sanity-preview-pathname=/windows-12-features'],
    ['with a wrong secret', '/api/draft-mode/enable?sanity-preview-secret=guessed&sanity-preview-pathname=/windows-12-features'],
    ['with an empty secret', '/api/draft-mode/enable?sanity-preview-secret='],
  ])('is refused %s, and sets no draft cookie', async (_, route) => {
    const response = await get(route)
    expect(response.status).toBe(401)
    expect(bypassCookie(response.headers)).toBeUndefined()
  })

  it('is refused with a secret older than an hour', async () => {
    standIn.upsert({
      _id: 'sanity-preview-url-secret.old',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
      secret: 'an-old-secret',
    })
    const response = await get('/api/draft-mode/enable?sanity-preview-secret=an-old-secret')
    expect(response.status).toBe(401)
    expect(bypassCookie(response.headers)).toBeUndefined()
  })

  it('checks the secret against the dataset with the read token', () => {
    const check = standIn.requests.find((request) => request.query.includes('sanity.previewUrlSecret'))
    expect(check?.authorization).toBe(`Bearer ${TOKEN}`)
  })
})

describe('readers (no draft mode)', () => {
  it('see the published guide, never the draft, with no stega characters, banner or overlay', async () => {
    const { status, html } = await get('/windows-12-features')
    expect(status).toBe(200)
    expect(firstHeading(html)).toBe(PUBLISHED_TITLE)
    expect(html).not.toContain('(draft)')
    expect(html).not.toMatch(STEGA_CHARACTERS)
    expect(html).not.toContain('Draft preview')
    expect(html).not.toContain('/api/draft-mode/disable')
  })

  it('do not see guides that exist only as drafts', async () => {
    expect((await get(`/${DRAFT_ONLY_SLUG}`)).status).toBe(404)
    const hub = await get('/')
    expect(hub.status).toBe(200)
    expect(hub.html).not.toContain(DRAFT_ONLY_SLUG)
    expect(hub.html).not.toContain('(draft)')
  })

  it('are served from published queries only (no drafts perspective, no source maps for stega)', () => {
    // No editor has previewed yet: every content query so far came from the build or from readers.
    const siteQueries = standIn.requests.filter((request) => !request.query.includes('sanity.previewUrlSecret'))
    expect(siteQueries.length).toBeGreaterThan(0)
    for (const request of siteQueries) {
      expect(request.perspective).toBe('published')
      expect(request.searchParams.resultSourceMap).toBeUndefined()
    }
  })
})

describe('editors (draft mode from the Presentation tool)', () => {
  let cookie: string

  beforeAll(async () => {
    cookie = await enablePreview('/windows-12-features')
  })

  it('see the draft, with the preview banner, its exit link and the visual-editing overlay', async () => {
    const before = standIn.requests.length
    const { status, html } = await get('/windows-12-features', cookie)
    expect(status).toBe(200)
    expect(heading(html)).toBe(DRAFT_TITLE)
    expect(html).toContain('Draft preview')
    expect(decodeEntities(html)).toContain('/api/draft-mode/disable?redirect=%2Fwindows-12-features')
    // The overlay is a client component loaded only here; its module reference is in the page's payload.
    expect(html).toMatch(/VisualEditing/)
    const draftQueries = standIn.requests.slice(before).filter((request) => request.perspective === 'drafts')
    expect(draftQueries.length).toBeGreaterThan(0)
    for (const request of draftQueries) {
      expect(request.authorization).toBe(`Bearer ${TOKEN}`)
      // The client asks for content source maps, which it turns into stega edit links.
      expect(request.searchParams.resultSourceMap).toBeDefined()
    }
  })

  it('can preview a guide that exists only as a draft; missing content is still a 404', async () => {
    const draftOnly = await get(`/${DRAFT_ONLY_SLUG}`, cookie)
    expect(draftOnly.status).toBe(200)
    expect(heading(draftOnly.html)).toBe('A guide nobody has published')
    // In draft mode the page itself decides (the proxy's published index would hide draft-only pages); Next then
    // answers 404 without the site's 404 page, which is acceptable for editors.
    const missing = await get('/windows-13', cookie)
    expect(missing.status).toBe(404)
    expect(missing.html).not.toContain(PUBLISHED_TITLE)
  })

  it('leave the published page untouched for readers', async () => {
    const { html } = await get('/windows-12-features')
    expect(firstHeading(html)).toBe(PUBLISHED_TITLE)
  })

  it('exit preview: the cookie is cleared and they return to the page', async () => {
    const response = await get('/api/draft-mode/disable?redirect=/windows-12-features', cookie)
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', site.url).pathname).toBe('/windows-12-features')
    const cleared = bypassCookie(response.headers)
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i)
  })

  it('exit preview never redirects to another site', async () => {
    for (const target of ['https://example.com/', '//example.com/', '/\\example.com']) {
      const response = await get(`/api/draft-mode/disable?redirect=${encodeURIComponent(target)}`)
      expect(new URL(response.headers.get('location') ?? '', site.url).origin).toBe(site.url)
    }
  })
})

describe('the read token', () => {
  it('appears in no file the browser can download (.next/static) of a build made with it', () => {
    const files = filesUnder(path.join(ROOT, site.distDir, 'static'))
    expect(files.length).toBeGreaterThan(10)
    const leaking = files.filter((file) => readFileSync(file).includes(TOKEN))
    expect(leaking).toEqual([])
  })

  it('appears in no page, published or previewed', async () => {
    const cookie = await enablePreview('/')
    for (const [route, withCookie] of [
      ['/', undefined],
      ['/', cookie],
      ['/windows-12-features', cookie],
      ['/studio', undefined],
    ] as const) {
      expect((await get(route, withCookie)).html).not.toContain(TOKEN)
    }
  })
})

describe('the embedded Studio with a project configured', () => {
  it('is served at /studio and at the paths of its tools, without the site chrome', async () => {
    for (const route of ['/studio', '/studio/structure', '/studio/structure/guide', '/studio/presentation']) {
      const { status, html } = await get(route)
      expect({ route, status }).toEqual({ route, status: 200 })
      expect(html).toContain('<title>Windows 12 Guide Studio</title>')
      expect(html).toContain('noindex')
      expect(html).not.toContain('class="site-header"')
    }
  })

  it('its code never loads on reader pages', async () => {
    const studioUrls = studioChunkUrls(site.distDir)
    // The Studio is in the build: otherwise this test would prove nothing.
    expect(studioUrls.size).toBeGreaterThan(0)
    for (const route of ['/', '/windows-12-features', '/news', '/news/windows-10-end-of-support', '/faq']) {
      const { status, html } = await get(route)
      expect(status).toBe(200)
      const scripts = scriptsOf(html)
      expect(scripts.length).toBeGreaterThan(0)
      expect({ route, studioScripts: scripts.filter((script) => studioUrls.has(script)) }).toEqual({ route, studioScripts: [] })
    }
  })
})
