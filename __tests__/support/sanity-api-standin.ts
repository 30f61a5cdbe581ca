import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { evaluate, parse } from 'groq-js'

/**
 * A local stand-in of Sanity's HTTP query API, for tests only. It answers the requests @sanity/client sends
 * (GET /vX/data/query/<dataset>?query=…&$param=<json>, and POST with a JSON body {query, params} for long
 * queries), evaluates GROQ with groq-js over an in-memory dataset and replies {result, ms, query}.
 * Test-only controls replace documents and take the API down (connection refused, or HTTP 500) and back up.
 */

export type StandInDocument = { _id: string; _type: string; [field: string]: unknown }
export type OutageMode = 'refuse' | 'error' | 'hang'
export type RecordedRequest = {
  method: string
  path: string
  query: string
  params: Record<string, unknown>
  perspective: string | null
  authorization: string | null
  /** Every URL search parameter as sent (e.g. resultSourceMap, which the client asks for when stega is on). */
  searchParams: Record<string, string>
}

export type SanityStandIn = {
  /** Value for SANITY_API_HOST. */
  url: string
  port: number
  requests: RecordedRequest[]
  /** Replaces the whole dataset. */
  setDocuments(documents: StandInDocument[]): void
  /** Creates or replaces one document by _id. */
  upsert(document: StandInDocument): void
  remove(id: string): void
  documents(): StandInDocument[]
  /**
   * 'refuse': the port stops accepting connections; 'error': every query answers HTTP 500; 'hang': connections are
   * accepted and queries never answered (until goUp, which closes them).
   */
  goDown(mode: OutageMode): Promise<void>
  goUp(): Promise<void>
  /** Every query is answered `ms` later than it would be (0: at once), like a slow Content Lake. */
  setDelay(ms: number): void
  stop(): Promise<void>
}

const isDraft = (id: string) => id.startsWith('drafts.')
const publishedId = (id: string) => (isDraft(id) ? id.slice('drafts.'.length) : id)

/** The documents a perspective sees: everything (raw), published only, or drafts laid over their published versions. */
function viewFor(documents: StandInDocument[], perspective: string | null): StandInDocument[] {
  if (perspective === 'raw') return documents
  const published = documents.filter((doc) => !isDraft(doc._id) && !doc._id.startsWith('versions.'))
  if (perspective !== 'drafts' && perspective !== 'previewDrafts') return published
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  for (const draft of documents.filter((doc) => isDraft(doc._id))) {
    byId.set(publishedId(draft._id), { ...draft, _id: publishedId(draft._id), _originalId: draft._id })
  }
  return [...byId.values()]
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

export async function startSanityStandIn(initial: StandInDocument[] = [], port = 0): Promise<SanityStandIn> {
  let documents = [...initial]
  let outage: OutageMode | null = null
  let delayMs = 0
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stand-in')
    const match = /^\/v[^/]+\/data\/query\/([^/]+)$/.exec(url.pathname)
    if (!match) return send(response, 404, { error: 'Not found', message: `no route ${url.pathname}` })
    let query = url.searchParams.get('query') ?? ''
    const params: Record<string, unknown> = {}
    try {
      for (const [name, value] of url.searchParams) if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
      if (request.method === 'POST') {
        const body = JSON.parse(await readBody(request)) as { query?: string; params?: Record<string, unknown> }
        query = body.query ?? query
        Object.assign(params, body.params ?? {})
      }
    } catch {
      return send(response, 400, { error: 'Bad request', message: 'parameters must be JSON' })
    }
    const perspective = url.searchParams.get('perspective')
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query,
      params,
      perspective,
      authorization: request.headers.authorization ?? null,
      searchParams: Object.fromEntries(url.searchParams),
    })
    if (outage === 'error') return send(response, 500, { error: 'Internal Server Error', message: 'stand-in is down' })
    if (outage === 'hang') return
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const started = performance.now()
    try {
      const value = await evaluate(parse(query, { params }), { dataset: viewFor(documents, perspective), params })
      const result = await value.get()
      send(response, 200, { result, ms: Math.round(performance.now() - started), query })
    } catch (error) {
      send(response, 400, { error: 'Invalid query', message: (error as Error).message })
    }
  }

  let server: Server
  const listen = (atPort: number) =>
    new Promise<Server>((resolve, reject) => {
      const created = createServer((request, response) => void handle(request, response))
      created.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      created.once('error', reject)
      created.listen(atPort, '127.0.0.1', () => resolve(created))
    })
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })

  server = await listen(port)
  const boundPort = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    requests,
    setDocuments: (next) => {
      documents = [...next]
    },
    upsert: (document) => {
      documents = [...documents.filter((doc) => doc._id !== document._id), document]
    },
    remove: (id) => {
      documents = documents.filter((doc) => doc._id !== id)
    },
    documents: () => documents,
    goDown: async (mode) => {
      outage = mode
      if (mode === 'refuse' && server.listening) await close()
    },
    goUp: async () => {
      if (outage === 'hang') for (const socket of sockets) socket.destroy()
      outage = null
      if (!server.listening) server = await listen(boundPort)
    },
    setDelay: (ms) => {
      delayMs = ms
    },
    stop: async () => {
      if (server.listening) await close()
    },
  }
}
