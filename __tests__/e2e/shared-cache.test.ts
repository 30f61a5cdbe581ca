import { firstHeading, type RunningSite } from '../support/next-server'
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-api-standin'
import { loadSeed, titledDocument } from '../support/seed'
import { startRedis, type Redis } from '../support/services'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { sendSignedWebhook } from '../support/webhook'
import { until } from '../support/poll'

/*
 * Several instances behind a load balancer, one Redis (REDIS_URL): a real redis-server and two `next start`
 * instances of the hosted build against one Sanity stand-in. A webhook reaches one instance; the other must serve
 * the fresh page on its next request, know about newly published addresses, and survive Redis going away.
 */
jest.setTimeout(300_000)

const SECRET = 'shared-cache-secret'
const seed = loadSeed()
const GUIDE_ID = 'guide-iso-download'
const guide = titledDocument(seed, GUIDE_ID)
const GUIDE_PATH = `/${guide.slug.current}`

let standIn: SanityStandIn
let redis: Redis
let instanceA: SharedSite
let instanceB: SharedSite

async function heading(site: RunningSite, route: string) {
  const response = await fetch(site.url + route)
  return { status: response.status, heading: firstHeading(await response.text()) }
}

async function webhook(site: RunningSite, payload: object) {
  const response = await sendSignedWebhook(site.url, payload, SECRET)
  expect(response.status).toBe(200)
}

/** Polls until `check` passes (see ../support/poll); returns how long it took, which is printed, not asserted. */
async function within(what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  await until(what, check)
  return Date.now() - started
}

beforeAll(async () => {
  standIn = await startSanityStandIn(seed)
  redis = await startRedis()
  const env = { SANITY_API_HOST: standIn.url, REDIS_URL: redis.url, SANITY_REVALIDATE_SECRET: SECRET, SANITY_WEBHOOK_SETTLE_MS: '0' }
  instanceA = await startSharedSite('hosted', env)
  instanceB = await startSharedSite('hosted', env)
})

afterAll(async () => {
  await instanceA?.stop()
  await instanceB?.stop()
  await redis?.stop()
  await standIn?.stop()
})

it('serves the pages the build prerendered from Redis on their first request', async () => {
  // Both instances copied the build's pages into Redis at start-up (instrumentation.ts), under the keys Next reads.
  for (const route of ['/faq', '/news', GUIDE_PATH]) {
    const response = await fetch(instanceB.url + route)
    expect({ route, status: response.status, cache: response.headers.get('x-nextjs-cache') }).toEqual({ route, status: 200, cache: 'HIT' })
  }
})

it('serves the fresh page from instance B after a webhook reached instance A', async () => {
  for (const site of [instanceA, instanceB]) expect(await heading(site, GUIDE_PATH)).toEqual({ status: 200, heading: guide.title })
  standIn.upsert({ ...guide, title: 'ISO download guide, version 2' })
  // Cached: neither instance asks Sanity again on its own.
  expect((await heading(instanceB, GUIDE_PATH)).heading).toBe(guide.title)
  await webhook(instanceA, { _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: true })
  const ms = await within('instance B to serve version 2', async () => (await heading(instanceB, GUIDE_PATH)).heading === 'ISO download guide, version 2')
  console.log(`webhook to instance A -> fresh page from instance B: ${ms} ms`)
})

it('serves a guide published after start-up from both instances right after the webhook', async () => {
  const added = { ...guide, _id: 'guide-added-later', title: 'Added after start-up', slug: { _type: 'slug', current: 'windows-12-added-later' } }
  expect((await heading(instanceB, '/windows-12-added-later')).status).toBe(404)
  standIn.upsert(added)
  await webhook(instanceA, { _type: 'guide', _id: added._id, slug: added.slug.current })
  // Instance B's route index would otherwise only refresh after its one-minute lifetime (longer than this deadline).
  await within('instance B to serve the added guide', async () => (await heading(instanceB, '/windows-12-added-later')).status === 200)
  expect(await heading(instanceA, '/windows-12-added-later')).toEqual({ status: 200, heading: 'Added after start-up' })
})

it('acts on a signed webhook once across instances: the same call replayed to the other instance is only acknowledged', async () => {
  const body = JSON.stringify({ _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: false })
  const signature = await encodeSignatureHeader(body, Date.now(), SECRET)
  const send = (site: RunningSite) =>
    fetch(`${site.url}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature }, body })
  const first = await send(instanceA)
  expect(first.status).toBe(200)
  expect(await first.json()).toMatchObject({ revalidated: expect.arrayContaining([expect.stringContaining(GUIDE_ID)]) })
  for (const site of [instanceB, instanceA]) {
    const replay = await send(site)
    expect(replay.status).toBe(200)
    expect(await replay.json()).toMatchObject({ revalidated: [], message: expect.stringMatching(/already processed/i) })
  }
})

it('keeps serving pages while Redis is down, logs it, and shares again once Redis is back', async () => {
  await redis.stop()
  for (const site of [instanceA, instanceB]) {
    for (const route of ['/', GUIDE_PATH, '/news', '/faq']) {
      const page = await heading(site, route)
      expect({ route, status: page.status }).toEqual({ route, status: 200 })
    }
  }
  await within('the Redis failure in the log', async () => /\[cache\] Redis .* failed/.test(instanceA.output() + instanceB.output()))

  await redis.start()
  await within('both instances to see Redis again', async () => /Redis answers again/.test(instanceA.output()) && /Redis answers again/.test(instanceB.output()))
  standIn.upsert({ ...guide, title: 'ISO download guide, version 3' })
  await webhook(instanceA, { _type: 'guide', _id: GUIDE_ID, slug: guide.slug.current, renamed: false })
  await within('instance B to serve version 3', async () => (await heading(instanceB, GUIDE_PATH)).heading === 'ISO download guide, version 3')
})
