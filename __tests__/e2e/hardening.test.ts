import { readdirSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { firstHeading } from '../support/next-server'
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-api-standin'
import { loadSeed } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { sendSignedWebhook } from '../support/webhook'
import { folderBytes } from '../support/folders'

/*
 * Hardening, tried as an attacker and an unlucky operator would, over HTTP against copies of the shared builds:
 * junk URLs (404 page, nothing written to disk), query strings kept out of cached pages, undecodable URLs, unusual
 * methods, the exit-preview redirect, security headers (and, in Chromium, no Content-Security-Policy violation on
 * the hub, a guide and the Studio), the cron secret and SITE_URL at start-up.
 */
jest.setTimeout(300_000)

const ROOT = path.join(__dirname, '..', '..')
const SECRET = 'webhook-secret-for-hardening'
const CRON_SECRET = 'cron-secret-for-hardening'
const GUIDE = { _id: 'guide-how-to-install', _type: 'guide', slug: 'how-to-install-windows-12' }
const GUIDE_PATH = `/${GUIDE.slug}`
const SITE_NAME = 'Windows 12 Guide'

async function get(site: SharedSite, route: string, headers: Record<string, string> = {}) {
  const response = await fetch(site.url + route, { redirect: 'manual', headers })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** A request with any method, even those fetch refuses to send (TRACE). */
function rawRequest(site: SharedSite, method: string, route: string): Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(site.url)
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path: route }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern.source, 'g')) ?? []).length

/** What makes the site's not-found page, as a reader without JavaScript gets it. */
function expectNotFoundPage(route: string, status: number, html: string) {
  expect({ route, status }).toEqual({ route, status: 404 })
  expect({ route, heading: firstHeading(html) }).toEqual({ route, heading: 'Page not found' })
  expect({ route, headers: count(html, /<header class="site-header"/), footers: count(html, /<footer class="site-footer"/) }).toEqual({
    route,
    headers: 1,
    footers: 1,
  })
  expect({ route, noindex: count(html, /<meta name="robots" content="noindex"\/>/) }).toEqual({ route, noindex: 1 })
  expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toContain(SITE_NAME)
}

const signedWebhook = (site: SharedSite, payload: object) => sendSignedWebhook(site.url, payload, SECRET)

/**
 * Bytes a folder of a server's copy of the build grows by while `act` runs. Next 16.5 copies a prerendered page into
 * its response cache (server/route-cache) the first time it serves it, the 404 page included: once per server, whatever
 * the address. So the 404 page is served once before measuring; what must not happen is a write per junk address.
 */
async function buildGrowth(site: SharedSite, folder: string, act: () => Promise<void>): Promise<number> {
  const warmUp = await get(site, '/warm-up-404')
  expectNotFoundPage('/warm-up-404', warmUp.status, warmUp.html)
  const measured = path.join(ROOT, site.distDir, folder)
  const before = folderBytes(measured)
  await act()
  return folderBytes(measured) - before
}


/** Console messages about the Content-Security-Policy while a page loads and settles. */
async function cspViolations(browser: Browser, url: string, settle: (page: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
  const page = await browser.newPage()
  const messages: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) messages.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`))
  })
  await page.goto(url, { waitUntil: 'load' })
  await settle(page)
  await page.close()
  return messages
}

describe('the embedded site', () => {
  let site: SharedSite
  beforeAll(async () => {
    site = await startSharedSite('embedded', { SANITY_REVALIDATE_SECRET: SECRET, SANITY_WEBHOOK_SETTLE_MS: '0', CRON_SECRET })
  })
  afterAll(() => site?.stop())

  it('answers 100 junk URLs of every shape, with any cookie, with the real 404 page, and writes nothing to disk', async () => {
    const previewModeId = (JSON.parse(readFileSync(path.join(ROOT, site.distDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } })
      .preview.previewModeId
    const shapes = (n: number) => [
      `/junk-${n}`,
      `/wp-login-${n}.php`,
      `/x-${n}.html`,
      `/a/b/c${n}`,
      `/news/x-${n}/y`,
      `/news/no-such-item-${n}`,
      `/news/page/${900 + n}`,
      `/_next/x${n}`,
      `/_content/x${n}`,
      `/api/nothing-${n}`,
      `/.env${n}`,
      `/UPPER-${n}`,
      `/caf%C3%A9-${n}`,
      `/%E2%80%AE${n}`,
      `/x%00${n}`,
      `/news%2F${n}`,
      `/deep/${n}/a/b/c/d/e/f`,
      `/faq/${n}`,
      `/x-${n}/opengraph-image`,
      `/%ff${n}`,
    ]
    const cookies = [undefined, '__prerender_bypass=garbage', `__prerender_bypass=${previewModeId}`, 'theme=dark; __prerender_bypass=x; other=1', 'a=b']
    const junk = Array.from({ length: 5 }, (_, round) => shapes(round)).flat()
    expect(junk).toHaveLength(100)

    const grown = await buildGrowth(site, '.', async () => {
      for (const [index, route] of junk.entries()) {
        const cookie = cookies[index % cookies.length]
        const { status, html, headers } = await get(site, route, cookie ? { cookie } : {})
        if (/^\/%ff/.test(route)) {
          // Not percent-encoding at all: a 4xx with a readable page.
          expect({ route, status: status >= 400 && status < 500 }).toEqual({ route, status: true })
          expect(firstHeading(html)).toBe('Page not found')
        } else {
          expectNotFoundPage(route, status, html)
        }
        expect({ route, cache: headers.get('cache-control') }).not.toEqual({ route, cache: expect.stringContaining('s-maxage') })
      }
    })
    console.log(`build folder growth after 100 junk URLs: ${grown} bytes`)
    expect(grown).toBeLessThan(8 * 1024)
  })

  it('ignores and removes a draft-mode cookie when draft preview is not configured: the page stays cached', async () => {
    const previewModeId = (JSON.parse(readFileSync(path.join(ROOT, site.distDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } })
      .preview.previewModeId
    for (const cookie of ['__prerender_bypass=garbage', `__prerender_bypass=${previewModeId}`]) {
      const { status, headers } = await get(site, GUIDE_PATH, { cookie })
      expect(status).toBe(200)
      expect(headers.get('x-nextjs-cache')).toBe('HIT')
      expect(headers.getSetCookie().join('\n')).toMatch(/__prerender_bypass=;.*Expires=Thu, 01 Jan 1970/)
    }
  })

  it('gives undecodable URLs a readable 4xx page, never a 500 or a blank shell', async () => {
    for (const route of ['/%E0%A4%A', '/%ff', '/news/%ff', '/news/page/%ff', '/%']) {
      const { status, html } = await get(site, route)
      expect({ route, status: status >= 400 && status < 500 }).toEqual({ route, status: true })
      expect({ route, heading: firstHeading(html) }).toEqual({ route, heading: 'Page not found' })
    }
  })

  it('keeps the query string of the request that re-renders a page out of the cached HTML', async () => {
    const marker = `POISONED${Date.now()}`
    const original = await get(site, GUIDE_PATH)
    expect((await signedWebhook(site, GUIDE)).status).toBe(200)
    const rendering = await get(site, `${GUIDE_PATH}?utm=${marker}&x=${'q'.repeat(10_000)}`)
    expect(rendering.status).toBe(200)
    expect(rendering.html).not.toContain(marker)
    const cached = await get(site, GUIDE_PATH)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(cached.html).not.toContain(marker)
    expect(cached.html).not.toContain('qqqqqqqqqq')
    expect(Math.abs(cached.html.length - original.html.length)).toBeLessThan(1024)
    expect(firstHeading(cached.html)).toBe(firstHeading(original.html))
  })

  it('answers 405 with Allow to unusual methods on pages, and TRACE everywhere', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'POST', 'OPTIONS']) {
      for (const route of ['/', GUIDE_PATH, '/news', '/studio']) {
        const response = await rawRequest(site, method, route)
        expect({ method, route, status: response.status, allow: response.headers.allow }).toEqual({ method, route, status: 405, allow: 'GET, HEAD' })
      }
    }
    const trace = await rawRequest(site, 'TRACE', '/api/revalidate')
    expect({ status: trace.status, allow: trace.headers.allow }).toEqual({ status: 405, allow: 'POST' })
    expect((await rawRequest(site, 'DELETE', '/api/cron/revalidate')).status).toBe(405)
    expect((await rawRequest(site, 'HEAD', GUIDE_PATH)).status).toBe(200)
  })

  it.each([
    ['/%09/evil.example', '/'],
    ['/%0d%0a/evil.example', '/'],
    ['/%0d%0aSet-Cookie:%20a=b', '/Set-Cookie:%20a=b'],
    ['/%00', '/'],
    ['/a%00b', '/a%00b'],
    ['/%E2%80%AE', '/%E2%80%AE'],
    ['//evil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/faq', '/faq'],
  ])('exit preview with redirect=%s stays on the site (Location %s)', async (target, expected) => {
    const response = await get(site, `/api/draft-mode/disable?redirect=${target}`)
    expect(response.status).toBe(307)
    const location = response.headers.get('location') ?? ''
    expect(location).toBe(expected)
    // Read as a browser reads it.
    expect(new URL(location, site.url).origin).toBe(site.url)
  })

  it('sends the security headers on a page, a 404, an API answer and the Studio', async () => {
    const page = await get(site, GUIDE_PATH)
    const missing = await get(site, '/no-such-page')
    const api = await get(site, '/api/cron/revalidate')
    const studio = await get(site, '/studio')
    for (const [name, response] of Object.entries({ page, missing, api, studio })) {
      const { headers } = response
      expect({ name, nosniff: headers.get('x-content-type-options') }).toEqual({ name, nosniff: 'nosniff' })
      expect({ name, referrer: headers.get('referrer-policy') }).toEqual({ name, referrer: 'strict-origin-when-cross-origin' })
      expect({ name, permissions: headers.get('permissions-policy') }).toEqual({ name, permissions: expect.stringContaining('camera=()') })
      expect({ name, csp: headers.get('content-security-policy') }).toEqual({ name, csp: expect.stringContaining("frame-ancestors 'none'") })
      expect({ name, csp: headers.get('content-security-policy') }).toEqual({ name, csp: expect.stringContaining("object-src 'none'") })
      // Served over http here: no HSTS.
      expect({ name, hsts: headers.get('strict-transport-security') }).toEqual({ name, hsts: null })
    }
    expect(api.headers.get('cache-control')).toBe('no-store')
    expect((await get(site, '/api/draft-mode/disable')).headers.get('cache-control')).toBe('no-store')
    // The headers do not cost the page its place in the ISR cache.
    expect(page.headers.get('x-nextjs-cache')).toBe('HIT')
    // A TLS-terminating proxy that says so gets HSTS.
    expect((await get(site, '/', { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toMatch(/^max-age=\d+/)
  })

  it('serves Next’s own static files', async () => {
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec((await get(site, '/')).html)?.[1]
    expect(script).toBeDefined()
    const response = await get(site, script ?? '')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
  })

  it('accepts the cron secret only exactly', async () => {
    expect((await get(site, '/api/cron/revalidate', { authorization: `Bearer ${CRON_SECRET}` })).status).toBe(200)
    for (const authorization of [`Bearer ${CRON_SECRET}x`, `Bearer ${CRON_SECRET.slice(0, -1)}`, CRON_SECRET, 'Bearer ']) {
      expect((await get(site, '/api/cron/revalidate', { authorization })).status).toBe(401)
    }
  })

  describe('in Chromium', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(() => browser?.close())

    it('shows the hub and a guide with no Content-Security-Policy violation, and navigates between them', async () => {
      const settle = (page: import('playwright-core').Page) => page.waitForLoadState('networkidle')
      expect(await cspViolations(browser, `${site.url}/`, settle)).toEqual([])
      expect(await cspViolations(browser, `${site.url}${GUIDE_PATH}`, settle)).toEqual([])
      // Client-side navigation (RSC requests through the proxy) still works.
      const page = await browser.newPage()
      await page.goto(`${site.url}/`)
      await page.locator(`main a[href="${GUIDE_PATH}"]`).first().click()
      await page.waitForURL(`${site.url}${GUIDE_PATH}`)
      await expect(page.locator('h1').textContent()).resolves.toMatch(/install Windows 12/i)
      await page.close()
    })
  })
})

const PREVIEW_SECRET = 'preview-secret-for-hardening'
const READ_TOKEN = 'sk-hardening-read-token'

describe('the hosted site', () => {
  let standIn: SanityStandIn
  beforeAll(async () => {
    standIn = await startSanityStandIn([
      ...loadSeed(),
      // What the Studio's Presentation tool stores before it opens a preview (see @sanity/preview-url-secret).
      {
        _id: 'sanity-preview-url-secret.hardening',
        _type: 'sanity.previewUrlSecret',
        _updatedAt: new Date().toISOString(),
        secret: PREVIEW_SECRET,
        studioUrl: 'http://127.0.0.1/studio',
      },
    ])
  })
  afterAll(async () => {
    await standIn?.stop()
    // Copies of the build left by the server that refused to start.
    for (const entry of readdirSync(path.join(ROOT, '.next-test'))) {
      if (entry.startsWith(`run-${process.pid}-`)) rmSync(path.join(ROOT, '.next-test', entry), { recursive: true, force: true })
    }
  })

  it('refuses to start in production without SITE_URL, saying why', async () => {
    await expect(startSharedSite('hosted', { SANITY_API_HOST: standIn.url, SITE_URL: '' })).rejects.toThrow(/SITE_URL is not set/)
  })

  describe('with draft preview configured', () => {
    let site: SharedSite
    let browser: Browser
    let draftCookie: string
    beforeAll(async () => {
      site = await startSharedSite('hosted', { SANITY_API_HOST: standIn.url, SANITY_API_READ_TOKEN: READ_TOKEN })
      browser = await launchChromium()
      const query = new URLSearchParams({ 'sanity-preview-secret': PREVIEW_SECRET, 'sanity-preview-pathname': GUIDE_PATH })
      const enable = await get(site, `/api/draft-mode/enable?${query}`)
      if (enable.status !== 307) throw new Error(`draft mode not enabled (${enable.status}):\n${site.output()}`)
      draftCookie = (enable.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass=')) ?? '').split(';')[0]
      expect(draftCookie).toMatch(/^__prerender_bypass=\w+/)
    })
    afterAll(async () => {
      await browser?.close()
      await site?.stop()
    })

    it('ignores a forged draft-mode cookie: unknown addresses still get the 404 page and write nothing', async () => {
      const grown = await buildGrowth(site, 'server', async () => {
        for (const route of ['/no-such-guide', '/no-such.php', '/news/no-such-item']) {
          const { status, html } = await get(site, route, { cookie: '__prerender_bypass=forged' })
          expectNotFoundPage(route, status, html)
        }
      })
      expect(grown).toBeLessThan(1024)
    })

    it('honours the real cookie (the page decides), and still answers junk with the 404 page', async () => {
      const draft = await get(site, GUIDE_PATH, { cookie: draftCookie })
      expect(draft.status).toBe(200)
      expect(draft.html).toContain('Draft preview')
      expect(draft.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      const junk = await get(site, '/a/b/c.php', { cookie: draftCookie })
      expectNotFoundPage('/a/b/c.php', junk.status, junk.html)
    })

    it('shows a draft page in Chromium with no Content-Security-Policy violation', async () => {
      const [name, value] = draftCookie.split('=')
      const context = await browser.newContext()
      await context.addCookies([{ name, value, url: site.url }])
      const page = await context.newPage()
      const messages: string[] = []
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) messages.push(message.text())
      })
      await page.goto(`${site.url}${GUIDE_PATH}`, { waitUntil: 'load' })
      await page.waitForLoadState('networkidle')
      await expect(page.locator('.preview-banner').textContent()).resolves.toContain('Draft preview')
      await context.close()
      expect(messages).toEqual([])
    })

    it('runs the Studio with no Content-Security-Policy violation (offline it waits for the Sanity API)', async () => {
      const studio = await get(site, '/studio/structure')
      expect(studio.status).toBe(200)
      expect(studio.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      const violations = await cspViolations(browser, `${site.url}/studio`, async (page) => {
        // The Studio's scripts run and its UI library mounts and injects its styles (what the policy must allow);
        // then it keeps retrying Sanity's API, which is unreachable here, behind its loading screen.
        await page.waitForFunction(() => document.querySelector('[data-ui]') !== null && document.querySelector('style') !== null, undefined, {
          timeout: 60_000,
        })
        await page.waitForTimeout(3_000)
      })
      expect(violations).toEqual([])
    })
  })
})
