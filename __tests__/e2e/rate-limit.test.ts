import { loadSeed, titledDocument } from '../support/seed'
import { startFrontCache, type Nginx } from '../support/services'
import { startSharedSite, type SharedSite } from '../support/shared-builds'

/*
 * Readers first under a flood, through the repository's nginx configuration (deploy/nginx/front-cache.conf): one
 * client sending distinct searches (each one a miss for every cache) is answered 429 with Retry-After and a page a
 * reader understands once past its allowance, while cached pages keep answering that same client. How fast the
 * cached page stays during the flood is a figure of `npm run bench` (scripts/lib/search-bench.mts), not asserted.
 */
jest.setTimeout(180_000)

const guide = titledDocument(loadSeed(), 'guide-release-date')
const GUIDE_PATH = `/${guide.slug.current}`

let site: SharedSite
let nginx: Nginx

beforeAll(async () => {
  site = await startSharedSite('embedded')
  nginx = await startFrontCache(site.url.replace('http://', ''))
})

afterAll(async () => {
  await nginx?.stop()
  await site?.stop()
})

type Answer = { status: number; retryAfter: string | null; type: string | null; body: string; cache: string | null }

async function get(route: string): Promise<Answer> {
  const response = await fetch(nginx.url + route, { redirect: 'manual' })
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    type: response.headers.get('content-type'),
    cache: response.headers.get('x-front-cache'),
    body: await response.text(),
  }
}

/** `count` requests, `connections` at a time, each for the route made from its number. */
async function flood(count: number, connections: number, route: (index: number) => string): Promise<Answer[]> {
  const answers: Answer[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) answers.push(await get(route(next++)))
    }),
  )
  return answers
}

const statuses = (answers: Answer[]) => [...new Set(answers.map((answer) => answer.status))].sort()

it('answers a flood of distinct searches from one client with 429, Retry-After and a page a reader understands, while cached pages keep answering it', async () => {
  // The guide is in nginx's cache before the flood starts.
  expect((await get(GUIDE_PATH)).status).toBe(200)

  const guideAnswers: Answer[] = []
  let flooding = true
  const reader = (async () => {
    while (flooding) guideAnswers.push(await get(GUIDE_PATH))
  })()
  const searches = await flood(60, 8, (index) => `/search?q=${encodeURIComponent(`flood ${index} word${index}`)}`)
  flooding = false
  await reader

  expect(statuses(searches)).toEqual([200, 429])
  const limited = searches.filter((answer) => answer.status === 429)
  // The burst (10) passes, then about 2 a second: most of 60 requests sent as fast as possible are refused.
  expect(limited.length).toBeGreaterThanOrEqual(30)
  for (const answer of limited) {
    expect(Number(answer.retryAfter)).toBeGreaterThan(0)
    expect(answer.type).toMatch(/^text\/html/)
    expect(answer.body).toContain('<h1>Too many requests in a short time</h1>')
    expect(answer.body).toContain('Please wait about 10 seconds, then try again.')
  }

  // The same client's cached page: every request answered, from nginx's cache.
  expect(guideAnswers.length).toBeGreaterThan(0)
  expect(statuses(guideAnswers)).toEqual([200])
  expect(guideAnswers.every((answer) => answer.cache === 'HIT' || answer.cache === 'UPDATING' || answer.cache === 'STALE')).toBe(true)
})

it('limits a flood of checker requests the same way', async () => {
  const answers = await flood(40, 8, (index) => `/can-my-pc-run-windows-12?ram=${index + 1}`)
  expect(statuses(answers)).toEqual([200, 429])
  expect(answers.filter((answer) => answer.status === 429).every((answer) => answer.body.includes('Too many requests in a short time'))).toBe(true)
})
