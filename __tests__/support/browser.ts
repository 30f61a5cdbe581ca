import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/**
 * Debian's Chromium driven by playwright-core (test tools cannot download browsers here). The install script
 * puts Chromium in place when it is missing (CI runs as root).
 */

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'

export async function launchChromium(): Promise<Browser> {
  execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit', timeout: 300_000 })
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // No background traffic: the network here is closed, and Chromium would flood it.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export type FocusRing = { tag: string; text: string; visible: boolean; width: number; contrast: number }

/**
 * How the focused element shows its focus: the outline (or, for a card's stretched link, the card's outline), its
 * width, and the contrast of its colour with the background behind it.
 */
export function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null
    if (!focused || focused === document.body) return null
    const ringHolder = focused.matches('.card-link, .card-title > a') ? (focused.closest('.card') as HTMLElement) : focused
    const style = getComputedStyle(ringHolder)
    const parse = (color: string) => {
      const numbers = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]
      return { rgb: numbers.slice(0, 3), alpha: numbers.length > 3 ? numbers[3] : 1 }
    }
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    // The ring is drawn outside the element (outline-offset), so the background that matters is its parent's.
    let node: HTMLElement | null = ringHolder.parentElement
    let background = parse('rgb(255, 255, 255)').rgb
    while (node) {
      const candidate = parse(getComputedStyle(node).backgroundColor)
      if (candidate.alpha > 0.5) {
        background = candidate.rgb
        break
      }
      node = node.parentElement
    }
    const ring = parse(style.outlineColor).rgb
    const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a)
    const rect = ringHolder.getBoundingClientRect()
    return {
      tag: focused.tagName.toLowerCase(),
      text: (focused.textContent || focused.getAttribute('aria-label') || '').trim().slice(0, 60),
      visible: style.outlineStyle !== 'none' && rect.width > 0 && rect.height > 0,
      width: parseFloat(style.outlineWidth),
      contrast: (light + 0.05) / (dark + 0.05),
    }
  })
}

/** Relative luminance of the page background (0 black, 1 white). */
export function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number)
    const channel = (value: number) => {
      const c = value / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  })
}
