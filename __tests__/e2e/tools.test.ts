import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { headingId } from '@/lib/slugify'
import { decodeEntities, firstHeading } from '../support/next-server'
import { icalDate, parseICalendar } from '../support/ical'
import { startHostedSite, stopHostedSite, webhookEnv } from '../support/hosted-site'
import type { SanityStandIn, StandInDocument } from '../support/sanity-api-standin'
import { loadSeed } from '../support/seed'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { scriptsOf } from '../support/studio-chunks'
import { sendSignedWebhook } from '../support/webhook'
import { folderBytes } from '../support/folders'

/*
 * The reader tools over HTTP, as a reader without JavaScript and as another program would use them: site search,
 * the "Can my PC run Windows 12?" checker and the release calendar, on a copy of the shared hosted-source build
 * served by `next start` and pointed at a local stand-in of Sanity's API (so editors' changes and signed webhooks
 * can be played). Sizes and counts are printed; none of the assertions is about time.
 */
jest.setTimeout(300_000)

const SECRET = 'webhook-secret-for-tools-tests'
const ROOT = path.join(__dirname, '..', '..')
const seed = loadSeed()
const doc = (id: string) => structuredClone(seed.find((candidate) => candidate._id === id) as StandInDocument)

/** A news item scheduled for the future, whose words appear nowhere else. */
const scheduledNews: StandInDocument = {
  _id: 'news-scheduled-zanzibar',
  _type: 'newsItem',
  title: 'Zanzibar preview scheduled for later',
  slug: { _type: 'slug', current: 'zanzibar-preview' },
  publishedAt: '2999-01-01T08:00:00Z',
  status: 'rumored',
  excerpt: 'Zanzibar is a word only this scheduled item uses.',
}

let standIn: SanityStandIn
let site: SharedSite

async function get(route: string) {
  const response = await fetch(site.url + route, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

const signedWebhook = (payload: object) => sendSignedWebhook(site.url, payload, SECRET)

/** Markup as text to search in: entities decoded, and the empty comments React puts between text parts removed. */
const visible = (html: string) => decodeEntities(html.replace(/<!-- -->/g, ''))

/** The attributes of the first <tag> carrying all the given attributes (React orders attributes its own way). */
function element(html: string, tag: string, having: Record<string, string>): Record<string, string> | null {
  for (const match of html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))) {
    const attributes = Object.fromEntries([...match[1].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((pair) => [pair[1], decodeEntities(pair[2] ?? '')]))
    if (Object.entries(having).every(([name, value]) => attributes[name] === value)) return attributes
  }
  return null
}

/** The addresses of the results on a search page, in order (each result's title is an <h3> link). */
const resultLinks = (html: string) => [...html.matchAll(/<h3[^>]*><a href="([^"]+)"/g)].map((match) => decodeEntities(match[1]))

/** data-requirement -> data-result of a checker page. */
const checkerLines = (html: string) => Object.fromEntries([...html.matchAll(/data-requirement="([^"]+)" data-result="([^"]+)"/g)].map((match) => [match[1], match[2]]))
const verdictOf = (html: string) => /data-verdict="([^"]+)"/.exec(html)?.[1] ?? null

const FAILING_MACHINE = '/can-my-pc-run-windows-12?cores=4&x64=yes&ram=8&storage=100&tpm=1.2&secureboot=no&dx12=yes&display=1080&npu='

beforeAll(async () => {
  ;({ standIn, site } = await startHostedSite([...seed, scheduledNews], webhookEnv(SECRET)))
})
afterAll(() => stopHostedSite({ site, standIn }))

describe('search over HTTP, without JavaScript', () => {
  it('every page has a labelled GET search form in its header', async () => {
    for (const route of ['/', '/windows-12-features', '/news', '/can-my-pc-run-windows-12']) {
      const { html } = await get(route)
      const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''
      expect(element(header, 'form', { role: 'search', action: '/search', method: 'get' })).not.toBeNull()
      expect(header).toMatch(/<label for="site-search"[^>]*>Search the guide<\/label>/)
      expect(element(header, 'input', { id: 'site-search', type: 'search', name: 'q' })).not.toBeNull()
      expect(header).toContain('href="/can-my-pc-run-windows-12"')
    }
  })

  it('answers a query with a count and ranked results, noindex, with a short shared-cache lifetime', async () => {
    const { status, html, headers } = await get('/search?q=TPM')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60')
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(html).not.toContain('rel="canonical"')
    expect(visible(html)).toMatch(/<h2 id="search-count"[^>]*>\d+ results for “TPM”/)
    expect(resultLinks(html)[0]).toBe('/windows-12-system-requirements')
    expect(html).toContain('<mark>TPM</mark>')
    expect(element(html, 'input', { id: 'search-page-query', name: 'q', value: 'TPM' })).not.toBeNull()
  })

  it.each([
    ['TPM', (links: string[]) => expect(links[0]).toBe('/windows-12-system-requirements')],
    ['bootable USB', (links: string[]) => expect(links[0]).toBe('/create-windows-12-bootable-usb')],
    ['release date', (links: string[]) => expect(links[0]).toBe('/windows-12-release-date')],
    ['Copilot', (links: string[]) => expect(links.slice(0, 3)).toContain('/news/copilot-plus-pcs-40-tops-npu')],
    ['is windows 12 free', (links: string[]) => expect(links.slice(0, 3)).toContain('/faq/question/faq-is-windows-12-free')],
  ])('relevance: %s', async (query, check) => {
    const links = resultLinks((await get(`/search?q=${encodeURIComponent(query)}`)).html)
    console.log(`search "${query}": ${links.slice(0, 3).join(', ')}`)
    check(links)
  })

  it('links each FAQ result to its entry on the FAQ page', async () => {
    // The result links the entry's permalink, which leads to the page of its section that lists it now.
    const permalink = await get('/faq/question/faq-is-windows-12-free')
    expect({ status: permalink.status, location: permalink.headers.get('location') }).toEqual({ status: 307, location: '/faq/pricing#faq-entry-faq-is-windows-12-free' })
    const { html } = await get('/faq/pricing')
    expect(html).toContain('id="faq-entry-faq-is-windows-12-free"')
  })

  it('pages results ten at a time with real links', async () => {
    const first = await get('/search?q=windows')
    expect(resultLinks(first.html)).toHaveLength(10)
    expect(first.html).toContain('href="/search?q=windows&amp;page=2"')
    const second = await get('/search?q=windows&page=2')
    expect(resultLinks(second.html).filter((link) => resultLinks(first.html).includes(link))).toEqual([])
    const beyond = await get('/search?q=windows&page=999')
    expect(beyond.status).toBe(200)
    expect(visible(beyond.html)).toContain('There is no page 999 of these results.')
  })

  it('never lists scheduled news', async () => {
    const { status, html } = await get('/search?q=zanzibar')
    expect(status).toBe(200)
    expect(visible(html)).toContain('No results for “zanzibar”')
    expect(html).not.toContain('zanzibar-preview')
  })

  it('answers an empty or blank query with a hint and popular guides', async () => {
    for (const route of ['/search', '/search?q=', '/search?q=%20%20%09', '/search?q=***']) {
      const { status, html } = await get(route)
      expect({ route, status }).toEqual({ route, status: 200 })
      expect(html).toContain('Popular guides')
      expect(html).toContain('href="/windows-12-iso-download"')
      expect(resultLinks(html)).toEqual([])
    }
    expect(visible((await get('/search?q=***')).html)).toContain('“***” has no words to search for.')
  })

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['an attribute break-out', '"><img src=x onerror=alert(1)>'],
    ['GROQ', '"] | order(_id) [0...999] {..., "x": *[_id == "siteSettings"]}'],
    ['wildcards', '*'.repeat(200)],
    ['quotes and backslashes', `'\\"\\\\`],
    ['unicode', 'Überprüfung 日本語 😀 עברית'],
    ['an undecodable byte', '%ff'],
    ['6 KB', 'TPM '.repeat(1500)],
  ])('hostile query (%s): a 200 page, and the query stays text', async (_, query) => {
    const route = query === '%ff' ? '/search?q=%ff' : `/search?q=${encodeURIComponent(query)}`
    const { status, html } = await get(route)
    expect(status).toBe(200)
    expect(html).not.toMatch(/<script>alert|<img src=x/)
    const input = element(html, 'input', { id: 'search-page-query' })
    if (query !== '%ff') expect(input?.value).toBe(Array.from(query).slice(0, 200).join('').trim())
  })

  it('writes nothing to the server’s caches for a flood of distinct queries', async () => {
    const dist = path.join(ROOT, site.distDir)
    await get('/search?q=warm-up')
    const before = folderBytes(dist)
    for (let index = 0; index < 100; index++) {
      const { status } = await get(`/search?q=${encodeURIComponent(`flood ${index} ${'x'.repeat(index)}`)}&page=${(index % 3) + 1}`)
      expect(status).toBe(200)
    }
    const grown = folderBytes(dist) - before
    console.log(`build folder growth after 100 distinct searches: ${grown} bytes`)
    expect(grown).toBeLessThan(4096)
  })
})

describe('the checker over HTTP', () => {
  it('judges a failing machine line by line, against the CMS requirements, stating their claim status', async () => {
    const { status, html } = await get(FAILING_MACHINE)
    expect(status).toBe(200)
    expect(firstHeading(html)).toBe('Can my PC run Windows 12?')
    expect(verdictOf(html)).toBe('below-minimum')
    expect(checkerLines(html)).toEqual({
      cores: 'meets-recommended',
      x64: 'meets-recommended',
      ram: 'meets-minimum',
      storage: 'meets-recommended',
      tpm: 'below-minimum',
      secureboot: 'below-minimum',
      dx12: 'meets-recommended',
      display: 'meets-recommended',
      npu: 'not-given',
    })
    expect(visible(html)).toContain('These requirements are expected, not confirmed')
    expect(html).toMatch(/<span class="badge badge-expected">Expected<\/span>/)
    // The form comes back filled in, so a reader can change one value and check again.
    expect(html).toMatch(/<select id="checker-tpm"[^>]*>[\s\S]*?<option value="1.2" selected="">/)
    expect(element(html, 'input', { id: 'checker-ram', name: 'ram', value: '8' })).not.toBeNull()
  })

  it('links each line to the section of the requirements guide that explains how to find the value', async () => {
    const { html } = await get(FAILING_MACHINE)
    const tpmLine = /<li[^>]*data-requirement="tpm"[\s\S]*?<\/li>/.exec(html)?.[0] ?? ''
    const href = /href="([^"]+)"/.exec(tpmLine)?.[1] ?? ''
    expect(href).toBe('/windows-12-system-requirements#how-to-check-your-pc-today')
    const npuLine = /<li[^>]*data-requirement="npu"[\s\S]*?<\/li>/.exec(html)?.[0] ?? ''
    expect(npuLine).toContain('href="/windows-12-system-requirements#the-npu-and-copilot-question"')
    // The fragments are the ids of the guide's headings (derived from their text).
    const guide = (await get('/windows-12-system-requirements')).html
    const headings = [...guide.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => headingId(decodeEntities(match[1].replace(/<[^>]+>/g, ''))))
    expect(headings).toEqual(expect.arrayContaining(['how-to-check-your-pc-today', 'the-npu-and-copilot-question']))
  })

  it('shows the form again with a message next to each bad field, status 200, no verdict', async () => {
    const { status, html } = await get('/can-my-pc-run-windows-12?cores=abc&ram=-5&storage=1e9&tpm=3&x64=maybe&display=99999999&npu=%3Cscript%3E')
    expect(status).toBe(200)
    expect(verdictOf(html)).toBeNull()
    const text = visible(html)
    expect(text).toContain('7 values need fixing')
    for (const [field, message] of [
      ['cores', 'Enter a number, for example 4.'],
      ['ram', 'Enter a number of 0.5 or more, for example 16.'],
      ['storage', 'Enter a number (digits, with a dot for decimals), for example 128.'],
      ['tpm', 'Choose one of the options: None, TPM 1.2, TPM 2.0 or “I don’t know”.'],
      ['x64', 'Choose one of the options: Yes, No or “I don’t know”.'],
      ['display', '99,999,999 is more than a PC has; enter at most 20,000.'],
      ['npu', 'Enter a number (digits, with a dot for decimals), for example 40.'],
    ]) {
      expect(text).toMatch(new RegExp(`<span id="checker-${field}-error"[^>]*><span class="visually-hidden">Error: </span>${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</span>`))
      const control = element(html, field === 'tpm' || field === 'x64' ? 'select' : 'input', { id: `checker-${field}` })
      expect(control?.['aria-invalid']).toBe('true')
      expect(control?.['aria-describedby']).toContain(`checker-${field}-error`)
    }
    expect(element(html, 'input', { id: 'checker-npu' })?.value).toBe('<script>')
    expect(html).toMatch(/ value="&lt;script&gt;"/)
  })

  it('never answers 500, whatever the parameters', async () => {
    for (const query of ['ram=%ff', 'ram=8&ram=16', 'cores=' + '9'.repeat(5000), 'tpm[]=2.0', 'display=0x10', 'storage=NaN&npu=Infinity', '__proto__=1&constructor=2']) {
      const { status } = await get(`/can-my-pc-run-windows-12?${query}`)
      expect({ query: query.slice(0, 40), status }).toEqual({ query: query.slice(0, 40), status: 200 })
    }
  })

  it('changes its verdict on the next request after the requirements document changes (signed webhook)', async () => {
    const requirements = doc('requirements-windows-12')
    const stricter = { ...requirements, minimum: { ...(requirements.minimum as object), ramGb: 12 } }
    standIn.upsert(stricter)
    expect((await signedWebhook({ _type: 'requirements', _id: 'requirements-windows-12' })).status).toBe(200)
    expect(checkerLines((await get(FAILING_MACHINE)).html).ram).toBe('below-minimum')
    standIn.upsert(requirements)
    expect((await signedWebhook({ _type: 'requirements', _id: 'requirements-windows-12' })).status).toBe(200)
    expect(checkerLines((await get(FAILING_MACHINE)).html).ram).toBe('meets-minimum')
  })

  it('ships at most 5 KB (gzip) of its own JavaScript, on this page only', async () => {
    const checker = scriptsOf((await get('/can-my-pc-run-windows-12')).html)
    const others = new Set([...scriptsOf((await get('/')).html), ...scriptsOf((await get('/windows-12-system-requirements')).html), ...scriptsOf((await get('/search?q=TPM')).html)])
    const own = checker.filter((src) => !others.has(src))
    expect(own.length).toBeGreaterThan(0)
    let gzipped = 0
    for (const src of own) gzipped += gzipSync(Buffer.from(await (await fetch(site.url + src)).arrayBuffer()), { level: 9 }).length
    console.log(`checker's own JavaScript: ${own.length} file(s), ${gzipped} bytes gzip`)
    expect(gzipped).toBeLessThanOrEqual(5 * 1024)
  })
})

describe('the release calendar over HTTP', () => {
  it('is an iCalendar file with one all-day event per milestone, parsed back', async () => {
    const { status, html: text, headers } = await get('/release-calendar.ics')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const calendar = parseICalendar(text)
    const milestones = seed.filter((candidate) => candidate._type === 'releaseMilestone')
    expect(calendar.events).toHaveLength(milestones.length)
    expect(calendar.events.map((event) => event.UID.value.split('@')[0]).sort()).toEqual(milestones.map((milestone) => milestone._id).sort())
    const launch = calendar.events.find((event) => event.UID.value.startsWith('milestone-windows-12-launch@'))!
    expect([icalDate(launch.DTSTART.value), icalDate(launch.DTEND.value)]).toEqual(['2026-10-01', '2027-04-01'])
    expect(launch.DESCRIPTION.value).toMatch(/^Claim status: Expected\.\n\nWhen: Late 2026 to early 2027/)
  })

  it('is served from the cache until a signed webhook for a milestone refreshes it', async () => {
    const milestone = doc('milestone-official-iso')
    standIn.upsert({ ...milestone, title: 'Official Windows 12 ISO, moved' })
    const cached = parseICalendar((await get('/release-calendar.ics')).html)
    expect(cached.events.map((event) => event.SUMMARY.value)).toContain('Official Windows 12 ISO (expected)')
    expect((await signedWebhook({ _type: 'releaseMilestone', _id: 'milestone-official-iso' })).status).toBe(200)
    const fresh = parseICalendar((await get('/release-calendar.ics')).html)
    expect(fresh.events.map((event) => event.SUMMARY.value)).toContain('Official Windows 12 ISO, moved (expected)')
    standIn.upsert(milestone)
  })

  it('is linked as “Add to calendar” from the hub and the release date guide', async () => {
    for (const route of ['/', '/windows-12-release-date']) {
      expect((await get(route)).html).toMatch(/<a href="\/release-calendar.ics" type="text\/calendar">Add to calendar<\/a>/)
    }
  })
})

describe('links to the checker', () => {
  it('from the hub and from the requirements table of the requirements guide', async () => {
    expect((await get('/')).html).toContain('href="/can-my-pc-run-windows-12"')
    expect((await get('/windows-12-system-requirements')).html).toMatch(/<a href="\/can-my-pc-run-windows-12">Check your PC<\/a> against these requirements/)
  })
})

describe('the same tools on the embedded source (the default, no Sanity project)', () => {
  let embedded: SharedSite
  beforeAll(async () => {
    embedded = await startSharedSite('embedded')
  })
  afterAll(() => embedded?.stop())
  const read = async (route: string) => {
    const response = await fetch(embedded.url + route)
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type') }
  }

  it('ranks the relevance cases the same way, judges the failing machine the same way, and serves the calendar', async () => {
    expect(resultLinks((await read('/search?q=TPM')).text)[0]).toBe('/windows-12-system-requirements')
    expect(resultLinks((await read('/search?q=bootable%20USB')).text)[0]).toBe('/create-windows-12-bootable-usb')
    expect(resultLinks((await read('/search?q=release%20date')).text)[0]).toBe('/windows-12-release-date')
    expect(resultLinks((await read('/search?q=Copilot')).text).slice(0, 3)).toContain('/news/copilot-plus-pcs-40-tops-npu')
    expect(resultLinks((await read('/search?q=is%20windows%2012%20free')).text).slice(0, 3)).toContain('/faq/question/faq-is-windows-12-free')
    const checker = await read(FAILING_MACHINE)
    expect(verdictOf(checker.text)).toBe('below-minimum')
    expect(checkerLines(checker.text)).toMatchObject({ ram: 'meets-minimum', tpm: 'below-minimum', secureboot: 'below-minimum', npu: 'not-given' })
    const calendar = await read('/release-calendar.ics')
    expect(calendar.type).toBe('text/calendar; charset=utf-8')
    expect(parseICalendar(calendar.text).events).toHaveLength(seed.filter((candidate) => candidate._type === 'releaseMilestone').length)
  })
})
