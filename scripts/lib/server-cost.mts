/**
 * Bench figures for the server entry (npm run bench): what a request costs through the site's own server
 * (server/start.mjs) and through plain `next start`, each bound to 127.0.0.1 (behind a front cache) and to all
 * interfaces, for requests the proxy rewrites (a guide with a query string, an unknown address's 404) and one it
 * passes (the FAQ). With plain `next start -H 127.0.0.1`, each rewrite goes back to the server over HTTP.
 * Printed, never asserted; the servers are started and stopped by the caller's functions.
 */

export type Variant = { name: string; command: 'server' | 'next'; bind?: string }
export const VARIANTS: readonly Variant[] = [
  { name: 'server/start.mjs -H 127.0.0.1', command: 'server', bind: '127.0.0.1' },
  { name: 'server/start.mjs (all)', command: 'server' },
  { name: 'next start -H 127.0.0.1', command: 'next', bind: '127.0.0.1' },
  { name: 'next start (all)', command: 'next' },
]
export const ROUTES: Record<string, string> = {
  'guide?utm': '/windows-12-iso-download?utm_source=news',
  '404': '/no-such-page-for-the-bench',
  faq: '/faq',
}

type Options = {
  /** Starts a server of the variant and resolves with its base URL (http://127.0.0.1:PORT). */
  start(variant: Variant): Promise<{ url: string; stop(): void }>
  /** Requests per second of `url` under load. */
  measure(url: string): number
  /** Rounds per variant and route; the median is printed. */
  rounds?: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function serverCost({ start, measure, rounds = 3 }: Options): Promise<void> {
  const servers = []
  for (const variant of VARIANTS) servers.push({ variant, ...(await start(variant)) })
  try {
    const figures = new Map<string, number[]>()
    // Alternating: every variant sees the same machine in each round.
    for (let round = 0; round < rounds; round++) {
      for (const [routeName, route] of Object.entries(ROUTES)) {
        for (const { variant, url } of servers) {
          if (round === 0) await fetch(url + route).then((response) => response.arrayBuffer())
          const key = `${variant.name}\u0000${routeName}`
          figures.set(key, [...(figures.get(key) ?? []), measure(url + route)])
        }
      }
    }
    const width = Math.max(...VARIANTS.map((variant) => variant.name.length))
    console.log(`\nServer entry and binding: requests/s, median of ${rounds} alternating runs`)
    console.log(`${''.padEnd(width)} ${Object.keys(ROUTES).map((name) => name.padStart(10)).join(' ')}`)
    for (const variant of VARIANTS) {
      const cells = Object.keys(ROUTES).map((routeName) => String(Math.round(median(figures.get(`${variant.name}\u0000${routeName}`) ?? [NaN]))).padStart(10))
      console.log(`${variant.name.padEnd(width)} ${cells.join(' ')}`)
    }
  } finally {
    for (const server of servers) server.stop()
  }
}

/**
 * A cached guide's throughput and p99 alone, while two clients flood the server with plain searches, and while they
 * flood it with requests carrying 1,900 cookies each (answered 431 by server/request-guard.mjs before Next sees them). `measure` runs the reader's load;
 * `flood` starts the flooding load and resolves when it ends.
 */
export async function cookieFloodCost({
  url,
  measure,
  flood,
}: {
  url: string
  measure(url: string): { rps: number; p99: string }
  flood(url: string, cookie: string): Promise<void>
}): Promise<void> {
  const cookie = Array.from({ length: 1900 }, (_, index) => `c${index}=1`).join('; ')
  const route = ROUTES['guide?utm'].split('?')[0]
  const alone = measure(url + route)
  const during = async (cookieHeader: string) => {
    const flooding = flood(`${url}/search?q=tpm`, cookieHeader)
    const figure = measure(url + route)
    await flooding
    return figure
  }
  // The same flood without cookies (searches as fast as two clients can send them) tells what the cookies add.
  const plain = await during('a=1')
  const cookies = await during(cookie)
  const cell = (figure: { rps: number; p99: string }) => `${Math.round(figure.rps)} req/s, p99 ${figure.p99}`
  console.log(`\nA cached guide while 2 clients flood /search: alone ${cell(alone)}; flood of plain requests ${cell(plain)}; flood with 1,900 cookies a request (431) ${cell(cookies)}`)
}
