import { chromium } from 'playwright-core'
const base = process.argv[2]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] })
for (const width of [1200, 1280, 1440]) {
  const page = await browser.newPage({ viewport: { width, height: 700 } })
  await page.goto(base + '/windows-12-release-date')
  console.log(width, await page.evaluate(() => { const b = document.querySelector('.header-bar'); const r = [...b.children].map((c) => `${c.className.split(' ')[0]}:${Math.round(c.getBoundingClientRect().width)}`); const t = document.querySelector('.theme-toggle').getBoundingClientRect(); return { bar: b.clientWidth, scroll: b.scrollWidth, toggleRight: Math.round(t.right), docScroll: document.documentElement.scrollWidth, r } }))
  await page.close()
}
await browser.close()
