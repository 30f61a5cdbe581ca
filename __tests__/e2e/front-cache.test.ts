import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { firstHeading } from '../support/next-server'
import { loadSeed, SEED_PATH, titledDocument, toNdjson } from '../support/seed'
import { startFrontCache, type Nginx } from '../support/services'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { sendSignedWebhook } from '../support/webhook'
import { until, untilClockPasses } from '../support/poll'

/*
 * The repository's nginx micro-cache (deploy/nginx/front-cache.conf) in front of `next start`: pages come from
 * nginx's cache, a webhook's change reaches readers within the micro-cache lifetime, and API calls and draft
 * previews always reach the app.
 */
jest.setTimeout(300_000)

const SECRET = 'front-cache-secret'
const CRON_SECRET = 'front-cache-cron-secret'
const MICRO_CACHE_SECONDS = 5
const seed = loadSeed()
const GUIDE_ID = 'guide-release-date'
const guide = titledDocument(seed, GUIDE_ID)
const GUIDE_PATH = `/${guide.slug.current}`
const file = path.join(mkdtempSync(path.join(tmpdir(), 'w12-front-')), 'dataset.ndjson')

let site: SharedSite
let nginx: Nginx

async function viaFront(route: string, headers: Record<string, string> = {}) {
  const response = await fetch(nginx.url + route, { headers, redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-front-cache'), body: await response.text() }
}

beforeAll(async () => {
  copyFileSync(SEED_PATH, file)
  site = await startSharedSite('embedded', { SANITY_EMBEDDED_DATASET: file, SANITY_REVALIDATE_SECRET: SECRET, CRON_SECRET, SANITY_WEBHOOK_SETTLE_MS: '0' })
  nginx = await startFrontCache(site.url.replace('http://', ''))
})

afterAll(async () => {
  await nginx?.stop()
  await site?.stop()
})

it('serves pages from its cache after the first request', async () => {
  const first = await viaFront(GUIDE_PATH)
  expect(first.status).toBe(200)
  expect(first.cache).toBe('MISS')
  const second = await viaFront(GUIDE_PATH)
  expect(second.cache).toBe('HIT')
  expect(firstHeading(second.body)).toBe(guide.title)
})

it('shows a published change within the micro-cache lifetime after the webhook', async () => {
  await viaFront(GUIDE_PATH)
  writeFileSync(file, toNdjson(seed.map((document) => (document._id === GUIDE_ID ? { ...document, title: 'Release date, edited' } : document))))
  const hook = await sendSignedWebhook(nginx.url, { _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: true }, SECRET)
  expect(hook.status).toBe(200)
  const answered = Date.now()
  // Polled up to a generous deadline (a loaded machine is slow); the time it took is a figure, printed.
  await until('the edited guide through nginx', async () => firstHeading((await viaFront(GUIDE_PATH)).body) === 'Release date, edited', {
    timeoutMs: 60_000,
  })
  console.log(`front cache: webhook -> fresh page through nginx in ${Date.now() - answered} ms (micro-cache lifetime ${MICRO_CACHE_SECONDS} s)`)
})

it('never caches API calls or draft previews', async () => {
  // The cron route answers with the time it ran: a cached answer would repeat it.
  const cron = async () => {
    const response = await viaFront('/api/cron/revalidate', { authorization: `Bearer ${CRON_SECRET}` })
    expect(response.status).toBe(200)
    return (JSON.parse(response.body) as { now: number }).now
  }
  const first = await cron()
  await untilClockPasses(first)
  expect(await cron()).toBeGreaterThan(first)
  const preview = await viaFront('/faq', { cookie: '__prerender_bypass=anything' })
  expect(preview.cache).toBe('BYPASS')
})
