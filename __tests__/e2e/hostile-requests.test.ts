import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { METADATA_IMAGES } from '@/lib/routes'
import { launchChromium } from '../support/browser'
import { decodeEntities, firstHeading } from '../support/next-server'
import { loadSeed, titledDocument } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { sendSignedWebhook } from '../support/webhook'

/*
 * The second hostile probe (issue 19), replayed over HTTP against a copy of the shared embedded build: junk names
 * of the file routes' shapes (social images, sitemap files, icons), responses a shared cache must not keep (with
 * and without Next's `RSC: 1`), a replayed webhook, and control characters and odd numbers in the reader tools.
 */
jest.setTimeout(300_000)

const ROOT = path.join(__dirname, '..', '..')
const SECRET = 'webhook-secret-for-hostile-requests'
const seed = loadSeed()
const GUIDE = titledDocument(seed, 'guide-how-to-install')
const GUIDE_PATH = `/${GUIDE.slug.current}`
/** A published news item (its date has come). */
const NEWS_SLUG = titledDocument(seed, seed.find((document) => document._type === 'newsItem' && Date.parse(String(document.publishedAt)) < Date.now())?._id ?? '').slug.current

let site: SharedSite

beforeAll(async () => {
  site = await startSharedSite('embedded', { SANITY_REVALIDATE_SECRET: SECRET, SANITY_WEBHOOK_SETTLE_MS: '0' })
})
afterAll(async () => {
  await site?.stop()
  // Copies of the build left by a server that refused to start.
  for (const entry of readdirSync(path.join(ROOT, '.next-test'))) {
    if (entry.startsWith(`run-${process.pid}-`)) rmSync(path.join(ROOT, '.next-test', entry), { recursive: true, force: true })
  }
})

async function get(route: string, headers: Record<string, string> = {}) {
  const response = await fetch(site.url + route, { redirect: 'manual', headers })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** Size of every file under a folder, by path. */
function files(folder: string, found = new Map<string, number>()): Map<string, number> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) files(full, found)
    else found.set(full, statSync(full).size)
  }
  return found
}

/** Bytes added to files under `folder` since `before` (new files and growth). */
function bytesWritten(folder: string, before: Map<string, number>): number {
  let written = 0
  for (const [file, size] of files(folder)) written += Math.max(0, size - (before.get(file) ?? 0))
  return written
}

/** Runs `task` over `items`, `concurrency` at a time, like a client with that many connections. */
async function inParallel<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++])
    }),
  )
}

describe('junk names of the file routes', () => {
  const NAMES_PER_SHAPE = 200
  const random = (n: number) => `${n.toString(36)}${Math.random().toString(36).slice(2, 8)}`
  /** One of `variants`, in turn, so that each shape's few hundred names cover all its forms. */
  const inTurn = (n: number, variants: string[]) => variants[n % variants.length]
  const SHAPES: Record<string, (n: number) => string> = {
    'social images of the fixed pages': (n) =>
      inTurn(n, [
        `/opengraph-image-${random(n)}`,
        `/twitter-image-${random(n)}`,
        `/news/opengraph-image-${random(n)}`,
        `/news/twitter-image-${random(n)}`,
        `/faq/opengraph-image-${random(n)}`,
        `/faq/twitter-image-${random(n)}/${n}`,
      ]),
    'the image of a guide that does not exist': (n) => `/opengraph-image-${random(n)}/opengraph-image-19c4ir`,
    'other image names of a guide or news item': (n) =>
      inTurn(n, [`${GUIDE_PATH}/opengraph-image-${random(n)}`, `/news/${NEWS_SLUG}/twitter-image-${random(n)}`, `${GUIDE_PATH}/opengraph-image-19c4ir/${n}`]),
    'sitemap files': (n) => inTurn(n, [`/sitemaps/sitemap/${random(n)}.xml`, `/sitemaps/sitemap/${n + 1}.xml`, `/sitemaps/sitemap/${random(n)}`]),
    icons: (n) => inTurn(n, [`/apple-icon.png?v=${n}`, `/manifest.webmanifest?v=${n}`, `/apple-touch-icon-${random(n)}.png`]),
  }

  it('are the social images Next built, exactly', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, site.distDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>
    const built = Object.values(manifest)
      .filter((route) => /\/(opengraph|twitter)-image/.test(route))
      .map((route) => route.replace(/\[(\w+)\]/g, ':$1'))
    expect(built.sort()).toEqual(Object.values(METADATA_IMAGES).sort())
  })

  it.each(Object.keys(SHAPES))('%s: a few hundred distinct names get the 404 page, write nothing to disk and nothing to the log', async (shape) => {
    const routes = Array.from({ length: NAMES_PER_SHAPE }, (_, n) => SHAPES[shape](n))
    const distDir = path.join(ROOT, site.distDir)
    const before = files(distDir)
    const logBefore = site.output().length
    // How many requests got each kind of answer, e.g. "404 Page not found, not shared-cacheable".
    const answers: Record<string, number> = {}
    await inParallel(routes, 8, async (route) => {
      const { status, html, headers } = await get(route)
      const shared = /s-maxage|public/.test(headers.get('cache-control') ?? '') ? 'shared-cacheable' : 'not shared-cacheable'
      const answer = `${status} ${firstHeading(html)}, ${shared}`
      answers[answer] = (answers[answer] ?? 0) + 1
    })
    expect(answers).toEqual({ '404 Page not found, not shared-cacheable': NAMES_PER_SHAPE })
    expect(bytesWritten(distDir, before)).toBe(0)
    expect(site.output().slice(logBefore)).toBe('')
  })

  it('answers a 14,000-character image name with the 404 page and at most one short log line', async () => {
    const logBefore = site.output().length
    for (const route of [`/opengraph-image-${'a'.repeat(14_000)}`, `/news/twitter-image-${'b'.repeat(14_000)}`, `${GUIDE_PATH}/opengraph-image-${'c'.repeat(14_000)}`]) {
      const { status, html } = await get(route)
      expect({ route: route.slice(0, 40), status, heading: firstHeading(html) }).toEqual({ route: route.slice(0, 40), status: 404, heading: 'Page not found' })
    }
    const logged = site.output().slice(logBefore)
    expect(logged.split('\n').filter(Boolean).length).toBeLessThanOrEqual(3)
    expect(logged.length).toBeLessThan(600)
  })

  it('still serves the images, icons and sitemap files that exist', async () => {
    for (const route of ['/favicon.ico', '/icon.svg', '/sitemap.xml', '/sitemaps/sitemap/0.xml', METADATA_IMAGES.hub, METADATA_IMAGES.news, METADATA_IMAGES.faq, `${GUIDE_PATH}/opengraph-image-19c4ir`, `/news/${NEWS_SLUG}/opengraph-image-5nvrt4`]) {
      const { status, headers } = await get(route)
      expect({ route, status, type: headers.get('content-type')?.split(';')[0] }).toEqual({ route, status: 200, type: expect.stringMatching(/^(image|application\/xml)/) })
    }
  })
})

describe('what shared caches may keep', () => {
  const ROUTES = ['/', GUIDE_PATH, '/faq', '/news', '/news/page/1', '/search?q=tpm', '/search?q=tpm&_rsc', `${GUIDE_PATH}?_rsc`, '/can-my-pc-run-windows-12?cores=4', '/sitemap.xml', '/studio', '/no-such-page']
  const sharedLifetime = (cacheControl: string | null) => /s-maxage|public/.test(cacheControl ?? '')

  it.each([
    ['without', {}],
    ['with', { RSC: '1' }],
  ])('%s `RSC: 1`: no redirect and no RSC payload carries a shared-cache lifetime, and whatever does says what it varies on', async (_, headers) => {
    const rsc = 'RSC' in headers
    for (const route of ROUTES) {
      const response = await get(route, headers)
      const cacheControl = response.headers.get('cache-control')
      const vary = (response.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/)
      const facts = { route, status: response.status, rsc }
      if (rsc || (response.status >= 300 && response.status < 400)) expect({ ...facts, cacheControl, shared: sharedLifetime(cacheControl) }).toEqual({ ...facts, cacheControl, shared: false })
      // An RSC request to the same address gets another answer: a shared copy must be keyed on that header.
      if (sharedLifetime(cacheControl)) expect({ ...facts, variesOnRsc: vary.includes('rsc') }).toEqual({ ...facts, variesOnRsc: true })
    }
  })

  it('lets shared caches keep search results and cached pages for readers', async () => {
    expect((await get('/search?q=tpm')).headers.get('cache-control')).toMatch(/s-maxage=60/)
    const guide = await get(GUIDE_PATH)
    expect(guide.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(guide.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
  })
})

describe('the webhook', () => {
  const change = { _id: GUIDE._id, _type: 'guide', slug: GUIDE.slug.current }

  it('acknowledges a replayed signature without expiring anything again, and acts on the next signed call', async () => {
    // One signed call, sent again as it was: what anyone who saw it can do within its five-minute window.
    const body = JSON.stringify(change)
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET)
    const send = () => fetch(`${site.url}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature }, body })
    const first = await send()
    expect(first.status).toBe(200)
    expect(await first.json()).toMatchObject({ revalidated: expect.arrayContaining([expect.stringContaining(GUIDE._id)]) })
    // The guide renders again once, and is cached from then on.
    await get(GUIDE_PATH)
    expect((await get(GUIDE_PATH)).headers.get('x-nextjs-cache')).toBe('HIT')

    for (let replay = 0; replay < 3; replay++) {
      const again = await send()
      expect(again.status).toBe(200)
      expect(await again.json()).toMatchObject({ revalidated: [], message: expect.stringMatching(/already processed/i) })
      expect((await get(GUIDE_PATH)).headers.get('x-nextjs-cache')).toBe('HIT')
    }

    // A new signature (the editor published again) is acted on.
    const next = await sendSignedWebhook(site.url, change, SECRET, { timestamp: Date.now() + 1_000 })
    expect(await next.json()).toMatchObject({ revalidated: expect.arrayContaining([expect.stringContaining(GUIDE._id)]) })
    expect((await get(GUIDE_PATH)).headers.get('x-nextjs-cache')).not.toBe('HIT')
  })
})

describe('reader input', () => {
  it('removes control characters from the search query before it is shown', async () => {
    const { status, html } = await get('/search?q=win%00dows%01%7F%C2%9B')
    expect(status).toBe(200)
    const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
    expect(title).toMatch(/^Search: windows \|/)
    expect(/<input[^>]*id="search-page-query"[^>]*value="([^"]*)"/.exec(html)?.[1]).toBe('windows')
    // What the page shows (Next's inline router state, inert script data, keeps the address as requested).
    const shown = decodeEntities(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''))
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/)
    expect(shown).toContain('windows')
  })

  it('does not show a number the checker cannot show as typed', async () => {
    const { status, html } = await get(`/can-my-pc-run-windows-12?storage=0.${'0'.repeat(36)}1&ram=16`)
    expect(status).toBe(200)
    expect(decodeEntities(html.replace(/<!-- -->/g, ''))).not.toContain('0 GB free')
    expect(firstHeading(html)).toBe('Can my PC run Windows 12?')
    expect(html).toMatch(/id="checker-storage-error"/)
  })
})

describe('the Content-Security-Policy', () => {
  it('sends the documented policy: inline scripts allowed, script files from this origin only, no inline event handlers', async () => {
    for (const route of [GUIDE_PATH, '/search?q=tpm', '/can-my-pc-run-windows-12', '/no-such-page']) {
      const policy = (await get(route)).headers.get('content-security-policy') ?? ''
      const directives = Object.fromEntries(policy.split(/;\s*/).map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]))
      expect({ route, script: directives['script-src'], attributes: directives['script-src-attr'] }).toEqual({ route, script: "'self' 'unsafe-inline'", attributes: "'none'" })
    }
  })

  it('stops an inline event handler that injected markup would carry, in Chromium', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(site.url + GUIDE_PATH)
      const outcome = await page.evaluate(
        () =>
          new Promise<{ ran: boolean; violations: string[] }>((resolve) => {
            const state = window as unknown as { handlerRan?: boolean }
            const violations: string[] = []
            document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective))
            const image = document.createElement('img')
            image.setAttribute('onerror', 'window.handlerRan = true')
            // Listeners added by script run after the attribute's handler would have.
            image.addEventListener('error', () => setTimeout(() => resolve({ ran: state.handlerRan === true, violations })))
            image.src = 'data:image/png;base64,AAAA'
            document.body.append(image)
          }),
      )
      expect(outcome).toEqual({ ran: false, violations: ['script-src-attr'] })
    } finally {
      await browser.close()
    }
  })
})

describe('the read token', () => {
  it('never travels over plain http: the server refuses to start with an http API host beyond loopback, saying why', async () => {
    await expect(startSharedSite('embedded', { SANITY_API_READ_TOKEN: 'sk-hostile-requests', SANITY_API_HOST: 'http://sanity.example' })).rejects.toThrow(
      /SANITY_API_HOST \(http:\/\/sanity\.example\) is not https/,
    )
  })
})
