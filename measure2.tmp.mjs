import { chromium } from 'playwright-core'
const base = process.argv[2]
const css = process.argv[3]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] })
for (const width of [1200, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 700 } })
  await page.goto(base + '/windows-12-release-date')
  await page.addStyleTag({ content: css })
  console.log(width, JSON.stringify(await page.evaluate(() => { const b = document.querySelector('.header-bar'); return { bar: b.clientWidth, scroll: b.scrollWidth, r: [...b.children].map((c) => Math.round(c.getBoundingClientRect().width)), sec: [...document.querySelectorAll('.nav-bar > li')].map((c) => Math.round(c.getBoundingClientRect().width)) } })))
  await page.close()
}
await browser.close()
