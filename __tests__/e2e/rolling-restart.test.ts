import { startFrontCache, startRedis, type Nginx, type Redis } from '../support/services'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { until } from '../support/poll'

/*
 * A rolling restart under load: two instances sharing Redis behind the repository's nginx configuration (both as
 * upstreams, proxy_next_upstream set), a steady stream of reader requests through nginx, one instance restarted
 * (SIGTERM, then started again on its port), then the other. Every reader request must succeed. The requests carry
 * distinct query strings, so the front cache cannot answer them from its copy: each reaches an instance.
 */
jest.setTimeout(300_000)

/** Reader requests and the status each must get. */
const READER_ROUTES: { route: (n: number) => string; status: number }[] = [
  { route: (n) => `/windows-12-iso-download?utm_source=restart-${n}`, status: 200 },
  // Not /search: nginx limits it per client (deploy/nginx/front-cache.conf), and this load comes from one client.
  { route: (n) => `/faq?from=${n}`, status: 200 },
  { route: (n) => `/?ref=${n}`, status: 200 },
  { route: (n) => `/news?from=${n}`, status: 200 },
  { route: (n) => `/no-such-page-${n}`, status: 404 },
]
const WORKERS = 4

type Outcome = { at: number; ms: number; ok: boolean; detail: string }

let redis: Redis
let sites: SharedSite[] = []
let nginx: Nginx

beforeAll(async () => {
  redis = await startRedis()
  sites = [await startSharedSite('embedded', { REDIS_URL: redis.url }), await startSharedSite('embedded', { REDIS_URL: redis.url })]
  nginx = await startFrontCache(sites.map((site) => site.url.replace('http://', '')))
})

afterAll(async () => {
  await nginx?.stop()
  for (const site of sites) await site.stop()
  await redis?.stop()
})

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.99) - 1)] ?? NaN

test('restarting one instance and then the other under load fails no reader request', async () => {
  const outcomes: Outcome[] = []
  let running = true
  let counter = 0
  const worker = async () => {
    while (running) {
      const n = counter++
      const { route, status } = READER_ROUTES[n % READER_ROUTES.length]
      const started = performance.now()
      try {
        const response = await fetch(nginx.url + route(n))
        await response.arrayBuffer()
        outcomes.push({ at: started, ms: performance.now() - started, ok: response.status === status, detail: `${route(n)}: ${response.status}` })
      } catch (error) {
        outcomes.push({ at: started, ms: performance.now() - started, ok: false, detail: `${route(n)}: ${String(error)}` })
      }
    }
  }
  const workers = Array.from({ length: WORKERS }, worker)
  const windows: { name: string; from: number; to: number }[] = []
  // Load first, then each restart in turn.
  await until('40 answered reader requests', () => outcomes.length >= 40)
  for (const [index, site] of sites.entries()) {
    const from = performance.now()
    await site.restart()
    windows.push({ name: `instance ${index + 1}`, from, to: performance.now() })
    const settled = outcomes.length
    await until('20 more answered reader requests', () => outcomes.length >= settled + 20)
  }
  running = false
  await Promise.all(workers)

  const failed = outcomes.filter((outcome) => !outcome.ok)
  const figures = windows.map(({ name, from, to }) => {
    const during = outcomes.filter((outcome) => outcome.at >= from && outcome.at <= to)
    return `${name}: ${during.length} requests in ${((to - from) / 1000).toFixed(1)} s, ${during.filter((o) => !o.ok).length} failed, p99 ${p99(during.map((o) => o.ms)).toFixed(0)} ms`
  })
  console.log(`rolling restart: ${outcomes.length} reader requests, ${failed.length} failed\n  ${figures.join('\n  ')}`)
  expect(failed.map((outcome) => outcome.detail)).toEqual([])
  // Each restart really happened under load.
  for (const { from, to } of windows) expect(outcomes.filter((outcome) => outcome.at >= from && outcome.at <= to).length).toBeGreaterThan(0)
})
