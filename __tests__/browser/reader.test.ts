import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { THEME_SCRIPT } from '@/lib/theme-script'
import { NEWS_SLUGS_QUERY } from '@/sanity/lib/content/news'
import { backgroundLuminance, focusRing, launchChromium } from '../support/browser'
import { loadSeed, runQuery } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'

/*
 * The site in a real browser (Debian's Chromium through playwright-core), as readers use it: keyboard only, on a
 * phone with and without JavaScript, in both themes; axe-core on every kind of page at 390 and 1280 px in both
 * themes. It serves the e2e project's shared embedded build, in one browser. Screenshots for people to look at
 * are written to test-results/screenshots (git-ignored), never compared.
 */
jest.setTimeout(600_000)

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }
const GUIDE = '/windows-12-release-date'
const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-results', 'screenshots')

let site: SharedSite
let browser: Browser
let newsItem: string

beforeAll(async () => {
  ;[browser, site] = await Promise.all([launchChromium(), startSharedSite('embedded')])
  newsItem = `/news/${(await runQuery<string[]>(loadSeed(), NEWS_SLUGS_QUERY, { limit: 1000 }))[0]}`
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

type ContextOptions = { viewport: { width: number; height: number }; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean }

async function withPage(options: ContextOptions, test: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext({ colorScheme: 'light', ...options, baseURL: site.url })
  try {
    await test(await context.newPage(), context)
  } finally {
    await context.close()
  }
}

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, description: string, predicate: () => boolean, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(predicate)) return
  }
  throw new Error(`no focusable element found for: ${description}`)
}

describe('keyboard only', () => {
  it('skip link, main navigation, a guide, an outline link: focus lands on the heading', () =>
    withPage({ viewport: DESKTOP }, async (page) => {
      await page.goto('/')
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Skip to content' })
      await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
      const box = await skip.boundingBox()
      expect(box && box.y >= 0 && box.height >= 24).toBe(true)
      await page.keyboard.press('Enter')
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')

      await page.reload()
      await tabUntil(page, 'the "Get Windows 12" menu', () => document.activeElement?.textContent?.trim() === 'Get Windows 12')
      await page.keyboard.press('Enter')
      const menu = page.getByRole('navigation', { name: 'Main' }).locator('.nav-panel').first()
      await expect(menu.isVisible()).resolves.toBe(true)
      await page.keyboard.press('Tab')
      const guideLink = await page.evaluate(() => document.activeElement?.getAttribute('href'))
      expect(guideLink).toMatch(/^\/[a-z0-9-]+$/)
      await page.keyboard.press('Enter')
      await page.waitForURL(`**${guideLink}`)
      await expect(page.locator('h1').count()).resolves.toBe(1)
      // Following a link closes the menu it came from.
      await expect(page.locator('details.nav-group[open]').count()).resolves.toBe(0)

      await tabUntil(page, 'a link of the "On this page" outline', () => Boolean(document.activeElement?.closest('nav.outline')))
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      const target = await page.evaluate(() => document.activeElement?.getAttribute('href'))
      expect(target).toMatch(/^#[a-z0-9-]+$/)
      await page.keyboard.press('Enter')
      await page.waitForFunction((hash) => location.hash === hash, target)
      const focused = await page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName }))
      expect(focused).toEqual({ id: target!.slice(1), tag: expect.stringMatching(/^H[23]$/) })
      // Tab continues from the section: the next stop is the heading's own anchor link.
      await page.keyboard.press('Tab')
      await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(target)
    }))

  it.each([
    ['light', DESKTOP],
    ['dark', DESKTOP],
    ['light', PHONE],
    ['dark', PHONE],
  ] as const)('shows a focus ring of at least 2 px and 3:1 contrast on every stop of the hub (%s theme, %o)', (theme, viewport) =>
    withPage({ viewport, colorScheme: theme }, async (page) => {
      await page.goto('/')
      const rings = []
      for (let presses = 0; presses < 24; presses++) {
        await page.keyboard.press('Tab')
        const ring = await focusRing(page)
        if (ring) rings.push(ring)
      }
      expect(rings.length).toBeGreaterThan(10)
      const weak = rings.filter((ring) => !ring.visible || ring.width < 2 || ring.contrast < 3)
      expect(weak).toEqual([])
    }))
})

describe('the phone menu', () => {
  it.each([true, false])('opens and closes; JavaScript enabled: %s', (javaScriptEnabled) =>
    withPage({ viewport: PHONE, javaScriptEnabled }, async (page) => {
      await page.goto('/')
      const header = await page.locator('.site-header').boundingBox()
      expect(header?.height).toBeLessThanOrEqual(64)
      const button = page.locator('summary.menu-button')
      const menu = page.getByRole('navigation', { name: 'Main' })
      await expect(button.isVisible()).resolves.toBe(true)
      // One navigation for every width: on a phone it stays closed until the button opens it.
      await expect(page.getByRole('navigation', { name: 'Main', includeHidden: true }).count()).resolves.toBe(1)
      await expect(menu.isVisible()).resolves.toBe(false)

      await button.click()
      await expect(menu.isVisible()).resolves.toBe(true)
      const links = await menu.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
      expect(links).toHaveLength(12)
      expect(links).toEqual(expect.arrayContaining(['/guides', '/news', '/faq', '/can-my-pc-run-windows-12', GUIDE]))
      // Every link of the menu is shown at once, each group under its name (not behind a button of its own).
      for (const link of await menu.getByRole('link').all()) await expect(link.isVisible()).resolves.toBe(true)
      await expect(menu.locator('p', { hasText: 'Get Windows 12' }).isVisible()).resolves.toBe(true)
      await expect(menu.locator('summary:visible').count()).resolves.toBe(0)
      // On a phone the search box is at the top of the open menu, above its links.
      const search = page.getByRole('searchbox', { name: 'Search the guide' })
      await expect(search.isVisible()).resolves.toBe(true)
      const [field, firstLink] = await Promise.all([search.boundingBox(), menu.getByRole('link').first().boundingBox()])
      expect(field!.y).toBeGreaterThanOrEqual(header!.y + header!.height)
      expect(field!.y + field!.height).toBeLessThan(firstLink!.y)
      expect(firstLink!.height).toBeGreaterThanOrEqual(24)

      await button.click()
      await expect(menu.isVisible()).resolves.toBe(false)
      await expect(search.isVisible()).resolves.toBe(false)

      if (javaScriptEnabled) {
        // Escape closes it and returns focus to the button; so does a tap outside. A tap on a group's name inside
        // the open menu keeps it open.
        await button.click()
        await page.keyboard.press('Escape')
        await expect(menu.isVisible()).resolves.toBe(false)
        await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
        await button.click()
        await menu.locator('p', { hasText: 'About Windows 12' }).click()
        await expect(menu.isVisible()).resolves.toBe(true)
        const panel = await menu.boundingBox()
        expect(panel!.y + panel!.height).toBeLessThan(PHONE.height - 40)
        await page.mouse.click(PHONE.width / 2, PHONE.height - 20)
        await expect(menu.isVisible()).resolves.toBe(false)
      } else {
        // The theme toggle needs script: without it there is no dead button.
        await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false)
        await button.click()
        await menu.getByRole('link', { name: 'News' }).click()
        await page.waitForURL('**/news')
        await expect(page.locator('h1').textContent()).resolves.toBe('Windows 12 news')
      }
    }))

  it('shows the same navigation in the bar on a wide screen, without the menu button', () =>
    withPage({ viewport: DESKTOP }, async (page) => {
      await page.goto('/')
      const nav = page.getByRole('navigation', { name: 'Main' })
      await expect(nav.isVisible()).resolves.toBe(true)
      await expect(page.locator('summary.menu-button').isVisible()).resolves.toBe(false)
      const [bar, box] = await Promise.all([page.locator('.header-bar').boundingBox(), nav.boundingBox()])
      expect(box!.y + box!.height).toBeLessThanOrEqual(bar!.y + bar!.height)
      for (const name of ['All guides', 'News', 'FAQ', 'Check your PC']) await expect(nav.getByRole('link', { name }).isVisible()).resolves.toBe(true)
      // The guides wait in their group's drop-down.
      await expect(nav.getByRole('link', { name: 'Release date' }).isVisible()).resolves.toBe(false)
      await nav.locator('summary', { hasText: 'About Windows 12' }).click()
      await expect(nav.getByRole('link', { name: 'Release date' }).isVisible()).resolves.toBe(true)
    }))

  it('puts the guide outline in a disclosure under the title, and beside the text on a wide screen', async () => {
    await withPage({ viewport: PHONE }, async (page) => {
      await page.goto(GUIDE)
      const outline = page.getByRole('navigation', { name: 'On this page' })
      await expect(outline.count()).resolves.toBe(1)
      const [title, box] = await Promise.all([page.locator('h1').boundingBox(), outline.boundingBox()])
      expect(box!.y).toBeGreaterThan(title!.y)
      const first = outline.getByRole('link').first()
      await expect(first.isVisible()).resolves.toBe(false)
      await outline.locator('summary').click()
      await expect(first.isVisible()).resolves.toBe(true)
      const href = await first.getAttribute('href')
      await expect(page.locator(`[id="${href!.slice(1)}"]`).count()).resolves.toBe(1)
    })
    await withPage({ viewport: DESKTOP }, async (page) => {
      await page.goto(GUIDE)
      const outline = page.getByRole('navigation', { name: 'On this page' })
      await expect(outline.count()).resolves.toBe(1)
      // Open without a click, beside the body, with a plain title instead of the disclosure's button.
      await expect(outline.getByRole('link').first().isVisible()).resolves.toBe(true)
      await expect(outline.locator('summary').isVisible()).resolves.toBe(false)
      await expect(outline.locator('p', { hasText: 'On this page' }).isVisible()).resolves.toBe(true)
      const [body, box] = await Promise.all([page.locator('.article-body').boundingBox(), outline.boundingBox()])
      expect(box!.x).toBeGreaterThan(body!.x + body!.width)
    })
  })
})

describe('dark mode', () => {
  it('follows the system setting, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      await withPage({ viewport: PHONE, colorScheme: 'dark', javaScriptEnabled }, async (page) => {
        await page.goto('/')
        expect(await backgroundLuminance(page)).toBeLessThan(0.05)
      })
      await withPage({ viewport: PHONE, colorScheme: 'light', javaScriptEnabled }, async (page) => {
        await page.goto('/')
        expect(await backgroundLuminance(page)).toBeGreaterThan(0.9)
      })
    }
  })

  it('switches with the toggle and keeps the choice across reloads, applied before the page first renders', () =>
    withPage({ viewport: DESKTOP, colorScheme: 'light' }, async (page, context) => {
      // Records the theme at the moment <body> is created, before anything of the page can be painted.
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return
          ;(window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme')
          observer.disconnect()
        }).observe(document, { childList: true, subtree: true })
      })
      const response = await page.goto('/')
      // The page carries the script exactly as lib/theme-script.ts defines it, in <head>, before anything is painted.
      expect(await response!.text()).toContain(`<script>${THEME_SCRIPT}</script>`)
      expect(await backgroundLuminance(page)).toBeGreaterThan(0.9)
      const toggle = page.getByRole('button', { name: 'Switch to dark theme' })
      await expect(toggle.isVisible()).resolves.toBe(true)
      await toggle.click()
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
      expect(await backgroundLuminance(page)).toBeLessThan(0.05)
      await expect(page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).resolves.toBe(true)

      await page.reload()
      await expect(page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).resolves.toBe('dark')
      expect(await backgroundLuminance(page)).toBeLessThan(0.05)
      await page.goto(GUIDE)
      await expect(page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).resolves.toBe('dark')

      await page.getByRole('button', { name: 'Switch to light theme' }).click()
      await page.reload()
      await expect(page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).resolves.toBe('light')
      expect(await backgroundLuminance(page)).toBeGreaterThan(0.9)
    }))

  it('lets a stored choice override the system setting', () =>
    withPage({ viewport: PHONE, colorScheme: 'dark' }, async (page) => {
      await page.goto('/')
      expect(await backgroundLuminance(page)).toBeLessThan(0.05)
      await page.getByRole('button', { name: 'Switch to light theme' }).click()
      await page.reload()
      expect(await backgroundLuminance(page)).toBeGreaterThan(0.9)
    }))
})

describe('accessibility with axe-core, layout and screenshots', () => {
  const pages = () => [
    ['hub', '/'],
    ['guide', GUIDE],
    ['all guides', '/guides'],
    ['news', '/news'],
    ['news item', newsItem],
    ['FAQ', '/faq'],
    ['FAQ section', '/faq/availability'],
    ['about', '/about'],
    ['404', '/windows-13'],
  ]

  it.each([
    ['light', PHONE],
    ['dark', PHONE],
    ['light', DESKTOP],
    ['dark', DESKTOP],
  ] as const)('finds no violations, one h1, the landmarks and no sideways scrolling (%s theme, %o)', (theme, viewport) =>
    withPage({ viewport, colorScheme: theme }, async (page) => {
      mkdirSync(SCREENSHOTS, { recursive: true })
      const found: Record<string, unknown> = {}
      for (const [name, route] of pages()) {
        const response = await page.goto(route)
        expect({ route, status: response?.status() }).toEqual({ route, status: name === '404' ? 404 : 200 })
        const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze()
        const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
        const layout = await page.evaluate(() => ({
          h1: document.querySelectorAll('h1').length,
          banner: document.querySelectorAll('header.site-header').length,
          main: document.querySelectorAll('main').length,
          contentinfo: document.querySelectorAll('footer.site-footer').length,
          overflow: document.documentElement.scrollWidth > window.innerWidth,
        }))
        found[name] = { violations, ...layout }
        expect(found[name]).toEqual({ violations: [], h1: 1, banner: 1, main: 1, contentinfo: 1, overflow: false })
        if (name === 'hub' || name === 'guide' || name === 'all guides') {
          const file = path.join(SCREENSHOTS, `${name.replace(' ', '-')}-${viewport.width}-${theme}.png`)
          await page.screenshot({ path: file, fullPage: true })
          expect(statSync(file).size).toBeGreaterThan(10_000)
        }
      }
    }))

  it('keeps the footer at the bottom of a short page', () =>
    withPage({ viewport: { width: 1280, height: 1600 } }, async (page) => {
      await page.goto('/windows-13')
      const footer = await page.locator('.site-footer').boundingBox()
      expect(Math.round(footer!.y + footer!.height)).toBe(1600)
    }))

  it('prints a guide without the site chrome, with link addresses after the links', () =>
    withPage({ viewport: DESKTOP }, async (page) => {
      await page.goto(GUIDE)
      await page.emulateMedia({ media: 'print' })
      for (const selector of ['.site-header', '.site-footer', 'nav.outline', '.related']) {
        await expect(page.locator(selector).first().isVisible()).resolves.toBe(false)
      }
      const link = page.locator('.prose a[href^="/"]').first()
      const [href, after] = await link.evaluate((anchor) => [anchor.getAttribute('href'), getComputedStyle(anchor, '::after').content])
      expect(after).toBe(`" (${href})"`)
      expect(await backgroundLuminance(page)).toBeGreaterThan(0.9)
    }))
})
