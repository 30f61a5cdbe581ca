import { connect } from 'node:net'
import { firstHeading } from '../support/next-server'
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-api-standin'
import { loadSeed } from '../support/seed'
import { startRedis } from '../support/services'
import { startSharedSite, type SharedSite } from '../support/shared-builds'
import { until } from '../support/poll'

/*
 * What an operator relies on, against the site's server (server/start.mjs, what `npm start` and the image run),
 * bound to 127.0.0.1 as behind a front cache: liveness and readiness, requests answered before Next sees them
 * (targets that are not paths, cookie floods), and a graceful SIGTERM.
 */
jest.setTimeout(300_000)

const GUIDE_PATH = '/windows-12-iso-download'
const GUIDE_TITLE = /Windows 12 ISO/i

/** One request written byte for byte on a new connection; resolves with the status line's code and the whole answer. */
function rawExchange(url: string, request: string): Promise<{ status: number | null; text: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    let text = ''
    socket.on('data', (chunk) => (text += chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? NaN) || null, text }))
    socket.write(request)
    socket.setTimeout(20_000, () => socket.destroy())
  })
}


describe('health and readiness', () => {
  test('/api/health answers 200 at once and /api/ready 200 on a working embedded site; neither is cacheable', async () => {
    const site = await startSharedSite('embedded')
    try {
      const health = await fetch(`${site.url}/api/health`)
      expect(health.status).toBe(200)
      expect(health.headers.get('cache-control')).toBe('no-store')
      expect(await health.json()).toEqual({ status: 'ok' })
      const ready = await fetch(`${site.url}/api/ready`)
      expect(ready.status).toBe(200)
      expect(ready.headers.get('cache-control')).toBe('no-store')
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: { content: 'readable', sharedCache: 'not configured' } })
      // HEAD and GET only, like every API route.
      expect((await fetch(`${site.url}/api/ready`, { method: 'POST' })).status).toBe(405)
    } finally {
      await site.stop()
    }
  })

  test('with REDIS_URL set, /api/ready answers 503 with a reason once Redis is down, naming no host; /api/health stays 200', async () => {
    const redis = await startRedis()
    const site = await startSharedSite('embedded', { REDIS_URL: redis.url })
    try {
      await until('ready with Redis up', async () => (await fetch(`${site.url}/api/ready`)).status === 200)
      await redis.stop()
      const answer = await until('503 with Redis down', async () => {
        const response = await fetch(`${site.url}/api/ready`)
        return response.status === 503 ? { body: await response.text(), cacheControl: response.headers.get('cache-control') } : undefined
      })
      expect(answer.cacheControl).toBe('no-store')
      const body = JSON.parse(answer.body) as { status: string; reasons: string[] }
      expect(body.status).toBe('unavailable')
      expect(body.reasons.join(' ')).toMatch(/Redis/)
      expect(answer.body).not.toContain('127.0.0.1')
      expect(answer.body).not.toContain(String(redis.port))
      expect((await fetch(`${site.url}/api/health`)).status).toBe(200)
    } finally {
      await site.stop()
      await redis.stop()
    }
  })
})

describe('requests answered before Next sees them', () => {
  let site: SharedSite
  beforeAll(async () => {
    site = await startSharedSite('embedded')
  })
  afterAll(async () => {
    await site?.stop()
  })

  test('`OPTIONS *` and an absolute-form target answer 400, with no stack trace in the log', async () => {
    const logBefore = site.output().length
    const asterisk = await rawExchange(site.url, 'OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    expect(asterisk.status).toBe(400)
    const absolute = await rawExchange(site.url, 'GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n')
    expect(absolute.status).toBe(400)
    expect(absolute.text).toContain('Bad request')
    const log = site.output().slice(logBefore)
    expect(log).not.toMatch(/TypeError|Invalid URL|\n\s+at /)
    // The site still serves.
    expect((await fetch(site.url + GUIDE_PATH)).status).toBe(200)
  })

  test('a flood of cookies (1,900, as a hostile client sends) is answered 431 at once while a reader gets a cached guide', async () => {
    await fetch(site.url + GUIDE_PATH)
    const cookie = Array.from({ length: 1900 }, (_, index) => `c${index}=1`).join('; ')
    const flood = () => fetch(`${site.url}/search?q=tpm`, { headers: { cookie } }).then(async (response) => ({ status: response.status, text: await response.text() }))
    // Two flooding clients and one reader at the same time.
    const [first, second, reader] = await Promise.all([flood(), flood(), fetch(site.url + GUIDE_PATH).then(async (response) => ({ status: response.status, html: await response.text() }))])
    for (const answer of [first, second]) {
      expect(answer.status).toBe(431)
      expect(answer.text).toContain('Too many cookies')
    }
    expect(reader.status).toBe(200)
    expect(firstHeading(reader.html)).toMatch(GUIDE_TITLE)
    // What a reader's browser sends (a few cookies) is served as usual.
    expect((await fetch(`${site.url}/search?q=tpm`, { headers: { cookie: 'a=1; b=2; theme=dark' } })).status).toBe(200)
  })
})

describe('graceful shutdown, bound to 127.0.0.1', () => {
  let standIn: SanityStandIn
  beforeAll(async () => {
    standIn = await startSanityStandIn(loadSeed())
  })
  afterAll(async () => {
    await standIn?.stop()
  })

  test('SIGTERM while a page with a query string renders: that reader gets the page, later connections are refused, exit 0', async () => {
    // Fresh pages: the guide renders on its request, from a slow Content Lake.
    // A deadline far above the render's time, so a busy machine cannot turn this into a test of the deadline.
    const site = await startSharedSite('hosted', { SANITY_API_HOST: standIn.url, SHUTDOWN_DEADLINE_SECONDS: '60' }, { freshPages: true })
    try {
      standIn.setDelay(1000)
      const queriesBefore = standIn.requests.length
      const inFlight = fetch(`${site.url}${GUIDE_PATH}?utm_source=news`).then(async (response) => ({ status: response.status, html: await response.text() }))
      // The render has started when the stand-in receives its queries.
      await until('the render to query the stand-in', () => standIn.requests.length > queriesBefore)
      const exited = new Promise<number | null>((resolve) => site.process.once('exit', (code) => resolve(code)))
      site.process.kill('SIGTERM')

      // New connections are refused at the socket; nothing is answered with a 5xx meanwhile.
      const { hostname, port } = new URL(site.url)
      const refused = await until('the listener to close', () =>
          new Promise<string | undefined>((resolve) => {
            const socket = connect(Number(port), hostname)
            socket.once('connect', () => {
              socket.destroy()
              resolve(undefined)
            })
            socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code))
          }),
      )
      expect(refused).toBe('ECONNREFUSED')

      const answer = await inFlight
      expect(answer.status).toBe(200)
      expect(firstHeading(answer.html)).toMatch(GUIDE_TITLE)
      expect(await exited).toBe(0)
      expect(site.output()).not.toMatch(/Failed to proxy/)
    } finally {
      standIn.setDelay(0)
      await site.stop()
    }
  })
})
