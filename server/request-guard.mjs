// Checks every request before Next sees it (server/start.mjs). Plain JavaScript: it runs in the standalone
// image too, where there is no TypeScript.

/*
 * Cookie limits. A reader's browser sends this site only the cookies the site or its own domain set: the site sets
 * Next's draft-mode cookie (`__prerender_bypass`, editors only) and next-sanity's preview cookies
 * (`sanity-preview-*`); the theme lives in localStorage, not in a cookie. 50 cookies and 8 KiB leave room for what a
 * parent domain's analytics may add, and stay far below what makes Next slow: it copies every request cookie into
 * its response-cookie store, at a cost that grows with the square of the count (1,900 cookies: 0.77 s a request).
 */
export const MAX_COOKIES = 50
export const MAX_COOKIE_BYTES = 8 * 1024

/** How many cookies, and how many bytes of them, a request carries (every Cookie header counted). */
export function cookieLoad(header) {
  const text = Array.isArray(header) ? header.join('; ') : (header ?? '')
  if (text === '') return { count: 0, bytes: 0 }
  let count = 0
  for (const pair of text.split(';')) if (pair.trim() !== '') count++
  return { count, bytes: Buffer.byteLength(text) }
}

const REFUSAL_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  connection: 'close',
}

const page = (title, text) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><h1>${title}</h1><p>${text}</p></html>\n`

/**
 * The answer to a request Next must not see, or null to let it through.
 * - A target that is not a path (`OPTIONS *`, absolute-form `GET http://host/`): 400. Next would fail on it with a
 *   500 and a stack trace. Absolute-form is what clients send to a forward proxy; nginx in front accepts it and
 *   forwards the path, so only a client that bypasses the front cache ever sends one here.
 * - More cookies than MAX_COOKIES or more bytes than MAX_COOKIE_BYTES: 431 with a short page.
 */
export function refusal(method, target, cookieHeader) {
  if (typeof target !== 'string' || !target.startsWith('/')) {
    return {
      status: 400,
      reason: 'target',
      headers: REFUSAL_HEADERS,
      body: page('Bad request', 'This server answers requests for paths of this site only, such as /.'),
    }
  }
  const { count, bytes } = cookieLoad(cookieHeader)
  if (count > MAX_COOKIES || bytes > MAX_COOKIE_BYTES) {
    return {
      status: 431,
      reason: 'cookies',
      headers: REFUSAL_HEADERS,
      body: page(
        'Too many cookies',
        `Your browser sent ${count} cookies (${bytes} bytes) to this site; it accepts at most ${MAX_COOKIES} (${MAX_COOKIE_BYTES} bytes). Clear this site’s cookies and reload the page.`,
      ),
    }
  }
  return null
}
