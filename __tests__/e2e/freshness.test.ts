import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { TIME_DEPENDENT_TAGS } from '@/sanity/lib/tags'
import { firstHeading, type RunningSite } from '../support/next-server'
import { startHostedSite, stopHostedSite, webhookEnv } from '../support/hosted-site'
import type { SanityStandIn, StandInDocument } from '../support/sanity-api-standin'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { loadSeed, SEED_PATH, toNdjson } from '../support/seed'
import { sendSignedWebhook } from '../support/webhook'
import { untilClockPasses } from '../support/poll'

/*
 * Freshness end to end: `next build` + `next start` on loopback, the hosted source pointed at a local stand-in
 * of Sanity's query API, then the webhook, forged webhooks, an outage, scheduled news and the cron route.
 * The time from a webhook's response to the first fresh page is printed, not asserted.
 */
jest.setTimeout(300_000)

const SECRET = 'webhook-secret-for-tests'
const CRON_SECRET = 'cron-secret-for-tests'
// Every guide is in the header navigation, so only an edit that keeps its title and address (a body edit, `renamed:
// false`) leaves the other pages cached.
const GUIDE_ID = 'guide-iso-64-bit'
const GUIDE_PATH = '/windows-12-iso-64-bit'
const seed = loadSeed()
const seedGuide = seed.find((doc) => doc._id === GUIDE_ID) as StandInDocument

const signedWebhook = (site: RunningSite, payload: unknown, options: { secret?: string; timestamp?: number; sendBody?: string } = {}) =>
  sendSignedWebhook(site.url, payload, options.secret ?? SECRET, options)

async function page(site: RunningSite, route: string) {
  const response = await fetch(site.url + route)
  return { status: response.status, html: await response.text(), cache: response.headers.get('x-nextjs-cache') }
}

const guideChange = { _type: 'guide', _id: GUIDE_ID, slug: 'windows-12-iso-64-bit', renamed: false }
/** The paragraph version 2 of the guide starts with. */
const V2 = 'This is version 2 of the 64-bit ISO guide.'
const v2Paragraph = { _type: 'block', _key: 'v2', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'v2s', text: V2, marks: [] }] }

describe('hosted source: ISR, webhook, outage, scheduled news', () => {
  let standIn: SanityStandIn
  let site: SharedSite

  beforeAll(async () => {
    ;({ standIn, site } = await startHostedSite(seed, { ...webhookEnv(SECRET), CRON_SECRET }))
  })
  afterAll(() => stopHostedSite({ site, standIn }))

  it('keeps serving the cached v1 after the content changes, until a signed webhook arrives', async () => {
    expect((await page(site, GUIDE_PATH)).html).not.toContain(V2)
    standIn.upsert({ ...seedGuide, body: [v2Paragraph, ...(seedGuide.body as object[])] })
    const cached = await page(site, GUIDE_PATH)
    expect(cached.status).toBe(200)
    expect(firstHeading(cached.html)).toBe(seedGuide.title)
    expect(cached.html).not.toContain(V2)
  })

  it('refuses forged webhooks with 401 and changes nothing', async () => {
    const wrongSecret = await signedWebhook(site, guideChange, { secret: 'not-the-secret' })
    const tampered = await signedWebhook(site, { ...guideChange, slug: 'other' }, { sendBody: JSON.stringify(guideChange) })
    const replayed = await signedWebhook(site, guideChange, { timestamp: Date.now() - 10 * 60 * 1000 })
    const unsigned = await fetch(`${site.url}/api/revalidate`, { method: 'POST', body: JSON.stringify(guideChange) })
    expect([wrongSecret.status, tampered.status, replayed.status, unsigned.status]).toEqual([401, 401, 401, 401])
    expect((await replayed.json()).message).toMatch(/more than 300 s from now/)
    expect((await page(site, GUIDE_PATH)).html).not.toContain(V2)
  })

  it('answers 400 for malformed or typeless bodies, 405 for other methods, 413 for large bodies', async () => {
    // Malformed JSON is refused before its signature can be judged: 400 either way, and nothing is revalidated.
    expect((await signedWebhook(site, null, { sendBody: '{"_type": "guide",' })).status).toBe(400)
    const malformedBody = '{"_type": "guide",'
    const malformed = await fetch(`${site.url}/api/revalidate`, {
      method: 'POST',
      headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(malformedBody, Date.now(), SECRET) },
      body: malformedBody,
    })
    expect(malformed.status).toBe(400)
    expect((await signedWebhook(site, { _id: 'x' })).status).toBe(400)
    expect((await fetch(`${site.url}/api/revalidate`)).status).toBe(405)
    expect((await signedWebhook(site, { ...guideChange, padding: 'x'.repeat(70 * 1024) })).status).toBe(413)
    expect((await page(site, GUIDE_PATH)).html).not.toContain(V2)
  })

  it('shows v2 on the next request after a signed webhook, and leaves unrelated pages cached', async () => {
    expect((await page(site, '/news')).cache).toMatch(/HIT|STALE/)
    const queriesBefore = standIn.requests.length
    const response = await signedWebhook(site, guideChange)
    const answeredAt = Date.now()
    expect(response.status).toBe(200)
    const { revalidated } = (await response.json()) as { revalidated: string[] }
    expect(revalidated.sort()).toEqual(['doc:guide-iso-64-bit', 'list:guide', 'slug:guide:windows-12-iso-64-bit'])

    const fresh = await page(site, GUIDE_PATH)
    console.log(`webhook response -> first fresh page: ${Date.now() - answeredAt} ms`)
    expect(fresh.html).toContain(V2)

    const unrelated = await page(site, '/news')
    expect(unrelated.status).toBe(200)
    expect(unrelated.cache).toBe('HIT')
    const newsQueries = standIn.requests.slice(queriesBefore).filter((request) => request.query.includes('"total": count('))
    expect(newsQueries).toHaveLength(0)
  })

  it('keeps serving the last good page when Sanity is down, and logs the failure on the server', async () => {
    for (const mode of ['refuse', 'error'] as const) {
      await standIn.goDown(mode)
      try {
        const logBefore = site.output().length
        expect((await signedWebhook(site, guideChange)).status).toBe(200)
        const during = await page(site, GUIDE_PATH)
        expect({ mode, status: during.status }).toEqual({ mode, status: 200 })
        expect(during.html).toContain(V2)
        expect(during.html).not.toMatch(/ECONNREFUSED|stand-in is down|Internal Server Error/)
        expect(site.output().slice(logBefore)).toMatch(/\[sanity\] hosted source failed \(.*\); serving the last good result/)
      } finally {
        await standIn.goUp()
      }
    }
    expect((await page(site, '/')).status).toBe(200)
  })

  it('hides a scheduled news item until it is due, then shows it, and the notice on the item it supersedes, after the cron route ran', async () => {
    const dueAt = Date.now() + 6000
    // An older item that the scheduled one supersedes: its notice must wait for the scheduled item to be visible.
    const older = seed.find((doc) => doc._id === 'news-windows-10-end-of-support') as StandInDocument
    const OLDER_PATH = '/news/windows-10-end-of-support'
    standIn.upsert({ ...older, supersededBy: { _type: 'reference', _ref: 'news-scheduled' } })
    expect((await signedWebhook(site, { _type: 'newsItem', _id: older._id, slug: 'windows-10-end-of-support', renamed: false })).status).toBe(200)
    standIn.upsert({
      _id: 'news-scheduled',
      _type: 'newsItem',
      title: 'Scheduled item for the cron test',
      slug: { _type: 'slug', current: 'scheduled-item' },
      publishedAt: new Date(dueAt).toISOString(),
      status: 'expected',
      excerpt: 'Appears when due.',
    })
    // Sanity's scheduled publishing fires the webhook when it publishes; here it publishes ahead of the date.
    expect((await signedWebhook(site, { _type: 'newsItem', _id: 'news-scheduled', slug: 'scheduled-item' })).status).toBe(200)
    expect((await page(site, '/news')).html).not.toContain('Scheduled item for the cron test')
    expect((await page(site, '/news/scheduled-item')).status).toBe(404)
    expect((await page(site, '/')).html).not.toContain('Scheduled item for the cron test')
    expect((await page(site, OLDER_PATH)).html).not.toContain('Superseded.')
    expect((await page(site, OLDER_PATH)).cache).toBe('HIT')

    // Waits for the clock to reach the item's date, not for a fixed time.
    await untilClockPasses(dueAt)
    // Due now, but the cached pages are still the ones computed before: the cron route brings the item in.
    expect((await page(site, '/news')).html).not.toContain('Scheduled item for the cron test')
    const olderBeforeCron = await page(site, OLDER_PATH)
    expect(olderBeforeCron.cache).toBe('HIT')
    expect(olderBeforeCron.html).not.toContain('Superseded.')
    const unauthorized = await fetch(`${site.url}/api/cron/revalidate`, { headers: { authorization: 'Bearer wrong' } })
    const anonymous = await fetch(`${site.url}/api/cron/revalidate`)
    expect([unauthorized.status, anonymous.status]).toEqual([401, 401])
    const cron = await fetch(`${site.url}/api/cron/revalidate`, { headers: { authorization: `Bearer ${CRON_SECRET}` } })
    expect(cron.status).toBe(200)
    expect((await cron.json()).revalidated).toEqual(TIME_DEPENDENT_TAGS)

    const olderAfterCron = await page(site, OLDER_PATH)
    expect(olderAfterCron.cache).toMatch(/^(MISS|STALE)$/)
    const notice = (await page(site, OLDER_PATH)).html
    expect(notice).toContain('Superseded.')
    expect(notice).toContain('href="/news/scheduled-item"')

    expect((await page(site, '/news')).html).toContain('Scheduled item for the cron test')
    expect((await page(site, '/')).html).toContain('Scheduled item for the cron test')
    const item = await page(site, '/news/scheduled-item')
    expect(item.status).toBe(200)
    expect(firstHeading(item.html)).toBe('Scheduled item for the cron test')
  })

  it('shows a new FAQ entry on the overview, its section’s page and at its permalink after the webhook', async () => {
    const QUESTION = 'Will Windows 12 keep the release channel names?'
    const id = 'faq-new-release-question'
    for (const route of ['/faq', '/faq/release']) expect((await page(site, route)).html).not.toContain(QUESTION)
    expect((await fetch(`${site.url}/faq/question/${id}`, { redirect: 'manual' })).status).toBe(404)

    // Between the seed's two release questions (orders 10 and 20).
    const paragraph = { _type: 'block', _key: 'a1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'a1s', text: 'Nobody knows yet.', marks: [] }] }
    standIn.upsert({ _id: id, _type: 'faq', _createdAt: '2026-12-01T00:00:00Z', _updatedAt: '2026-12-01T00:00:00Z', _rev: 'r1', question: QUESTION, category: 'release', order: 15, answer: [paragraph] })
    expect((await page(site, '/faq')).html).not.toContain(QUESTION)
    const response = await signedWebhook(site, { _type: 'faq', _id: id })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { revalidated: string[] }).revalidated).toContain('list:faq')

    for (const route of ['/faq', '/faq/release']) {
      const { html } = await page(site, route)
      const questions = [...html.matchAll(/<h[23] class="faq-question">([^<]*)<\/h[23]>/g)].map((match) => match[1])
      // In the editors' order: right after the release question with order 10.
      const first = questions.indexOf('When will Windows 12 be released?')
      expect({ route, next: questions.slice(first, first + 2) }).toEqual({ route, next: ['When will Windows 12 be released?', QUESTION] })
    }
    const permalink = await fetch(`${site.url}/faq/question/${id}`, { redirect: 'manual' })
    expect({ status: permalink.status, location: permalink.headers.get('location') }).toEqual({ status: 307, location: `/faq/release#faq-entry-${id}` })
  })
})

describe('embedded source: an edited dataset file, then a signed webhook', () => {
  let site: RunningSite
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'w12-fresh-')), 'dataset.ndjson')
  const env = { SANITY_EMBEDDED_DATASET: file, ...webhookEnv(SECRET) }

  beforeAll(async () => {
    writeFileSync(file, readFileSync(SEED_PATH))
    site = await startSharedSite('embedded', env)
  })
  afterAll(() => site?.stop())

  it('shows the edited guide after the webhook', async () => {
    expect(firstHeading((await page(site, GUIDE_PATH)).html)).toBe(seedGuide.title)
    writeFileSync(file, toNdjson(seed.map((doc) => (doc._id === GUIDE_ID ? { ...doc, title: 'Edited in the dataset file' } : doc))))
    expect(firstHeading((await page(site, GUIDE_PATH)).html)).toBe(seedGuide.title)
    const response = await signedWebhook(site, guideChange)
    const answeredAt = Date.now()
    expect(response.status).toBe(200)
    expect(firstHeading((await page(site, GUIDE_PATH)).html)).toBe('Edited in the dataset file')
    console.log(`embedded: webhook response -> first fresh page: ${Date.now() - answeredAt} ms`)
  })

  it('refuses every webhook call when no secret is configured', async () => {
    const unconfigured = await startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: file })
    try {
      const response = await signedWebhook(unconfigured, guideChange)
      expect(response.status).toBe(503)
      expect((await response.json()).message).toMatch(/SANITY_REVALIDATE_SECRET is not configured/)
    } finally {
      await unconfigured.stop()
    }
  })
})
