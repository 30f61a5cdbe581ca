// Which requests keep their query string. server/start.mjs removes it from every other request before Next sees
// it. CommonJS so that Node, the standalone folder and the unit tests load it as it is.
//
// Why here and not (only) in proxy.ts: the proxy removes the query with a rewrite, but Next renders a rewritten
// request with the URL the reader sent (app-render's `url` is the request's own URL, written into the page's RSC
// payload as its canonical address), so a rewrite inside the process still caches the visitor's query in the page.
// The rewrite only used to work because Next proxied it back to itself over HTTP as a new request (server/start.mjs
// explains that detour, which the server no longer takes).
'use strict'
const { createHash, timingSafeEqual } = require('node:crypto')

/**
 * Paths whose routes read their query (lib/routes.ts: the `dynamic`, `api`, `studio` and `next` rules); a unit test
 * checks this list against the route table. Every other address renders without its query.
 */
const QUERY_READERS = [/^\/search$/, /^\/can-my-pc-run-windows-12$/, /^\/api\//, /^\/studio(?:\/|$)/, /^\/_next\//]
/** Next's client router adds `_rsc` to its requests as a cache key; it is kept everywhere. */
const KEPT_PARAMETERS = new Set(['_rsc'])
/** Next's draft-mode cookie: a valid one (an editor previewing drafts) keeps every query, as the proxy does. */
const DRAFT_COOKIE = '__prerender_bypass'

const digest = (value) => createHash('sha256').update(value, 'utf8').digest()

function cookieValue(header, name) {
  for (const pair of String(header ?? '').split(';')) {
    const index = pair.indexOf('=')
    if (index > 0 && pair.slice(0, index).trim() === name) return pair.slice(index + 1).trim()
  }
  return undefined
}

/** Whether the request carries the draft-mode cookie this build issues (`previewModeId`), compared in constant time. */
function inDraftMode(cookieHeader, previewModeId) {
  const value = cookieValue(cookieHeader, DRAFT_COOKIE)
  return Boolean(previewModeId) && value !== undefined && timingSafeEqual(digest(value), digest(previewModeId))
}

/** Whether the route at `target` (a request target starting with /) reads its query. */
function readsQuery(target) {
  let pathname
  try {
    // As Next will see it: dot segments resolved (`/api/../guide` is /guide), then percent-decoded.
    pathname = decodeURIComponent(new URL(target, 'http://localhost').pathname)
  } catch {
    return false
  }
  return QUERY_READERS.some((pattern) => pattern.test(pathname))
}

/** The request target Next should see: without its query, unless the route reads it or an editor previews drafts. */
function targetForNext(target, { cookieHeader, previewModeId } = {}) {
  const start = target.indexOf('?')
  if (start < 0 || readsQuery(target) || inDraftMode(cookieHeader, previewModeId)) return target
  const kept = new URLSearchParams()
  for (const [name, value] of new URLSearchParams(target.slice(start + 1))) if (KEPT_PARAMETERS.has(name)) kept.append(name, value)
  const query = kept.toString()
  return query ? `${target.slice(0, start)}?${query}` : target.slice(0, start)
}

module.exports = { readsQuery, targetForNext }
