import http from 'node:http'
import { allowedMethods, classifyPath } from './routes'

/**
 * Methods the Fetch standard forbids (`new Request(url, { method: 'TRACE' })` throws). Next builds a Request for
 * the proxy from every incoming request, so one of these would fail inside Next with a 500 before proxy.ts could
 * answer. They are answered here, before Next sees them.
 */
const FETCH_FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT'])

/** The methods an address takes, for the `Allow` header (GET, HEAD for anything the route table does not list). */
function allowFor(url: string | undefined): string {
  const match = classifyPath((url ?? '/').split('?')[0])
  return ('rule' in match ? allowedMethods(match.rule) : ['GET', 'HEAD']).join(', ')
}

/**
 * Answers 405 (with `Allow`) to requests using a method Next cannot represent, on every HTTP server of this
 * process. Installed once, from instrumentation.ts, before the server handles its first request.
 */
export function refuseFetchForbiddenMethods(): void {
  const marker = globalThis as typeof globalThis & { __fetchForbiddenMethodsRefused?: boolean }
  if (marker.__fetchForbiddenMethodsRefused) return
  marker.__fetchForbiddenMethodsRefused = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      if (request.method && FETCH_FORBIDDEN_METHODS.has(request.method.toUpperCase())) {
        response.writeHead(405, {
          Allow: allowFor(request.url),
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        response.end('Method not allowed.\n')
        return true
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
