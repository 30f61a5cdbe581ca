import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decodeEntities, type RunningSite } from '../support/next-server'
import { loadSeed, toNdjson } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'

/*
 * Editorial trust as readers get it over HTTP from the embedded build: inline claim badges that link to numbered
 * sources, bylines, change logs, the superseded notice on news, the release timeline's order, and the notice on a
 * guide whose facts were reviewed long ago (a copy of the seed, rendered on request).
 */
jest.setTimeout(300_000)

const seed = loadSeed()

async function get(site: RunningSite, route: string) {
  const response = await fetch(site.url + route, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

/** The visible text of some HTML: block tags become spaces, inline tags vanish, entities decoded, whitespace collapsed. */
const BLOCK_TAG = /<\/?(?:p|li|ol|ul|h[1-6]|div|section|header|footer|aside|nav|main|article|table|tr|td|th|br|title|script|style)\b[^>]*>/gi
const textOf = (html: string) =>
  decodeEntities(html.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(BLOCK_TAG, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length

describe('the seed site', () => {
  let site: SharedSite
  beforeAll(async () => {
    site = await startSharedSite('embedded')
  })
  afterAll(() => site?.stop())

  it('the features guide labels claims inline and links them to its numbered sources', async () => {
    const { status, html } = await get(site, '/windows-12-features')
    expect(status).toBe(200)
    expect(count(html, /data-claim="(?:confirmed|expected|rumored)"/g)).toBe(21)
    expect(textOf(html)).toContain('Rumored claim: Reports describe three new capabilities Rumored')
    // A claim with a source is a link to the source's entry in the list at the end.
    expect(html).toMatch(/<a class="badge badge-confirmed[^"]*" href="#source-1">Confirmed<span class="visually-hidden">, source<\/span> <span[^>]*>1<\/span><\/a>/)
    const sources = /<section[^>]*aria-labelledby="sources-heading"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
    expect(count(sources, /<li id="source-\d+">/g)).toBe(4)
    expect(sources).toContain('<li id="source-1"><a href="https://blogs.microsoft.com/blog/2024/05/20/introducing-copilot-pcs/" rel="noopener noreferrer">')
    expect(textOf(sources)).toContain('(accessed 22 November 2026)')
    // No bracketed status word left in the text (a table's column heading "Windows 12 (expected)" is a label, not prose).
    expect(textOf(html.replace(/<table[\s\S]*?<\/table>/g, ''))).not.toMatch(/\((?:confirmed|expected|rumored)\)/i)
  })

  it('guides show who wrote and reviewed them, the latest change and the change log, and date themselves by it', async () => {
    const { html } = await get(site, '/windows-12-release-date')
    expect(textOf(html)).toContain(
      'Written and reviewed by Windows 12 Guide editors · Facts reviewed 22 November 2026 · Updated 22 November 2026: Windows 11 preview period corrected to a little over three months (99 days)',
    )
    const log = /<section[^>]*aria-labelledby="changelog-heading"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
    expect(textOf(log)).toMatch(/^Change log 22 November 2026: Windows 11 preview period corrected.* 18 November 2026: First published\.$/)
    expect(html).toContain('<meta property="article:modified_time" content="2026-11-22T00:00:00.000Z"/>')
    expect(textOf(html)).not.toContain('three and a half months')
  })

  it('the release timeline sorts a window by its first day and reads it as a window', async () => {
    const { html } = await get(site, '/windows-12-release-date')
    const timeline = /<section class="timeline"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    const titles = [...timeline.matchAll(/<p class="timeline-title">([^<]*)<\/p>/g)].map((match) => decodeEntities(match[1]))
    expect(titles).toEqual([
      'Windows 10 released',
      'Windows 11 released',
      'Copilot+ PCs announced',
      'Window named by earlier reports',
      'Windows 10 end of support',
      'First Windows 12 Insider preview',
      'Windows 12 general availability',
      'Official Windows 12 ISO',
    ])
    expect(textOf(timeline)).toContain('Late 2025 to early 2026 Rumored Window named by earlier reports')
  })

  it('the Windows 10 end-of-support item says later news superseded it, and the news list marks it', async () => {
    const item = await get(site, '/news/windows-10-end-of-support')
    expect(item.status).toBe(200)
    const note = /<p[^>]*role="note"[^>]*>([\s\S]*?)<\/p>/.exec(item.html)?.[0] ?? ''
    expect(textOf(note)).toBe(
      'Superseded. Later news changed this story: Windows 12 misses the rumored late 2025 to early 2026 window (15 April 2026).',
    )
    expect(note).toContain('href="/news/windows-12-misses-late-2025-early-2026-window"')
    expect(textOf(item.html)).toContain('By Windows 12 Guide editors')
    const list = await get(site, '/news')
    const entry = /<article\b[^>]*>(?:(?!<\/article>)[\s\S])*windows-10-end-of-support[\s\S]*?<\/article>/.exec(list.html)?.[0] ?? ''
    expect(textOf(entry)).toMatch(/Confirmed Superseded/)
    expect(count(list.html, />Superseded</g)).toBe(2)
  })
})

describe('a guide reviewed long ago', () => {
  const DAY_MS = 86_400_000
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10)
  let site: SharedSite
  beforeAll(async () => {
    // Dates relative to today: one guide reviewed 220 days ago (always 7 whole months), one reviewed today.
    const dated = seed.map((document) => {
      if (document._id === 'guide-iso-64-bit') return { ...document, reviewedAt: daysAgo(220), updates: [] }
      if (document._id === 'guide-features') return { ...document, reviewedAt: daysAgo(0), updates: [] }
      return document
    })
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'w12-trust-')), 'dated.ndjson')
    writeFileSync(file, toNdjson(dated))
    // Pages render on request from this dataset, so the notice is computed at that moment.
    site = await startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: file }, { freshPages: true })
  })
  afterAll(() => site?.stop())

  it('tells readers how many months ago its facts were reviewed; a recently reviewed guide does not', async () => {
    const stale = await get(site, '/windows-12-iso-64-bit')
    expect(stale.status).toBe(200)
    expect(textOf(stale.html)).toContain('Last reviewed 7 months ago; details may have changed.')
    const recent = await get(site, '/windows-12-features')
    expect(recent.status).toBe(200)
    expect(textOf(recent.html)).not.toContain('Last reviewed')
  })
})
