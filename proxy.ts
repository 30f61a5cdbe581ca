import { NextResponse, type NextRequest } from 'next/server'
import { DRAFT_COOKIE, isValidDraftCookie } from '@/lib/draft-cookie'
import { allowedMethods, classifyPath, NOT_FOUND_PATH, stripsQuery, type RouteMatch } from '@/lib/routes'
import { draftPreviewAvailable } from '@/sanity/lib/draft'
import { contentRouteExists } from '@/sanity/lib/route-index'

/**
 * The gate in front of every route (lib/routes.ts lists what it lets through):
 * - an address no rule lists, or one the route index says names no document, is rewritten to a path no route
 *   matches, with status 404: Next then serves its prerendered not-found page (app/global-not-found.tsx), readable
 *   without JavaScript, and no ISR route renders, so junk URLs write nothing to the cache. (Next 16 cannot
 *   server-render the 404 page when notFound() is called from an ISR route: readers would get a blank document.)
 * - a method the route does not take gets 405 with `Allow`;
 * - the query string is removed before an ISR page renders: Next writes the request's URL into the page's RSC
 *   payload, and the page re-rendered for one visitor is then served to everyone.
 * - Next's draft-mode cookie counts only when draft preview is configured and the cookie is the one this build
 *   issues; any other is removed from the request (the page renders as for everyone) and from the browser.
 */

/*
 * Rewrites go to an absolute URL built from request.url, whose host Next normalises (127.0.0.1 becomes
 * localhost). When the server listens on an address written differently (`next start -H 127.0.0.1`), Next treats
 * the rewrite as external and sends it back to itself over HTTP, through this proxy again: so the rewrite targets
 * below must be addresses this proxy lets through unchanged (NOT_FOUND_PATH, /studio, a path without its query).
 */

/** Next's client router adds `_rsc` to its requests as a cache key; it is not part of the page. */
const KEPT_PARAMETERS = new Set(['_rsc'])

function notFound(request: NextRequest, headers: Headers | undefined) {
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { status: 404, ...(headers ? { request: { headers } } : {}) })
}

function methodNotAllowed(allow: string[]) {
  return new NextResponse(`Method not allowed. This address answers ${allow.join(', ')}.\n`, {
    status: 405,
    headers: { Allow: allow.join(', '), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** The methods an address takes. Draft preview's overlay calls server actions (POST) on the page it shows. */
function methodsFor(route: Exclude<RouteMatch, { kind: 'unknown' | 'malformed' }>, inDraftMode: boolean): string[] {
  const methods: string[] = allowedMethods(route.rule)
  if (route.kind === 'api') methods.push('OPTIONS')
  if (inDraftMode && (route.kind === 'page' || route.kind === 'content' || route.kind === 'dynamic')) methods.push('POST')
  return methods
}

/** The request's headers without the draft-mode cookie. */
function withoutDraftCookie(request: NextRequest): Headers {
  const headers = new Headers(request.headers)
  const kept = (request.headers.get('cookie') ?? '')
    .split(';')
    .filter((pair) => pair.trim() !== '' && pair.split('=')[0].trim() !== DRAFT_COOKIE)
  if (kept.length > 0) headers.set('cookie', kept.join(';'))
  else headers.delete('cookie')
  return headers
}

/** The address without its query string (Next's own `_rsc` kept), or null when there is nothing to remove. */
function withoutQuery(request: NextRequest): URL | null {
  const { searchParams } = request.nextUrl
  if ([...searchParams.keys()].every((name) => KEPT_PARAMETERS.has(name))) return null
  const url = new URL(request.nextUrl.pathname, request.url)
  for (const [name, value] of searchParams) if (KEPT_PARAMETERS.has(name)) url.searchParams.append(name, value)
  return url
}

export async function proxy(request: NextRequest) {
  const route = classifyPath(request.nextUrl.pathname)
  if (route.kind === 'next') return NextResponse.next()

  const cookie = request.cookies.get(DRAFT_COOKIE)?.value
  const inDraftMode = cookie !== undefined && draftPreviewAvailable && isValidDraftCookie(cookie)
  // API routes handle the cookie themselves (enable sets it, disable clears it).
  const dropCookie = cookie !== undefined && !inDraftMode && route.kind !== 'api'
  const headers = dropCookie ? withoutDraftCookie(request) : undefined
  const finish = (response: NextResponse) => {
    if (dropCookie) response.cookies.delete(DRAFT_COOKIE)
    return response
  }

  if (route.kind === 'unknown' || route.kind === 'malformed') {
    // Only GET and HEAD render the not-found page; other methods get the same answer as plain text.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return finish(new NextResponse('Not found.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }))
    }
    return finish(notFound(request, headers))
  }

  const methods = methodsFor(route, inDraftMode)
  if (!methods.includes(request.method)) return finish(methodNotAllowed(methods))

  if (route.kind === 'content' && !inDraftMode && (await contentRouteExists(route.contentPath)) === false) {
    return finish(notFound(request, headers))
  }

  // Every path below /studio gets the same static shell (the Studio routes in the browser), rendered once: without
  // this, each new path would be rendered and stored as an ISR page of its own.
  if (route.kind === 'studio' && request.nextUrl.pathname !== '/studio') {
    const url = new URL('/studio', request.url)
    url.search = request.nextUrl.search
    return finish(NextResponse.rewrite(url, headers ? { request: { headers } } : undefined))
  }

  const stripped = stripsQuery(route.kind) && !inDraftMode ? withoutQuery(request) : null
  if (stripped) return finish(NextResponse.rewrite(stripped, headers ? { request: { headers } } : undefined))
  return finish(NextResponse.next(headers ? { request: { headers } } : undefined))
}

export const config = {
  // Everything but Next's own files and endpoints (/_next/...), which this proxy would only pass through: Next
  // charges every request the proxy sees about a millisecond of CPU on this machine (`npm run bench`).
  matcher: ['/((?!_next/).*)'],
}
