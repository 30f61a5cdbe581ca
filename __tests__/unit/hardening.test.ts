/**
 * @jest-environment node
 */
import { allowedMethods, classifyPath, decodeSegments, ROUTES, stripsQuery } from '@/lib/routes'
import { bearerCredential, secretsMatch } from '@/lib/secrets'
import { draftPolicy, readerPolicy, securityHeaderRules, studioPolicy } from '@/lib/security-headers'
import { sameOriginPath } from '@/lib/urls'

const ORIGIN = 'https://windows12.example'

describe('sameOriginPath (the exit-preview redirect target)', () => {
  it.each([
    ['/news/some-item', '/news/some-item'],
    ['/faq?x=1#top', '/faq?x=1#top'],
    ['https://windows12.example/faq', '/faq'],
    ['/%00', '/%00'],
    ['/a/../b', '/b'],
  ])('keeps %j on the site as %j', (target, expected) => {
    expect(sameOriginPath(target, ORIGIN)).toBe(expected)
  })

  it.each([
    // What the browser reads as another host once it strips tabs and newlines, or turns \ into /.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    ' //evil.example',
    'https://evil.example/',
    'http://windows12.example/', // another origin: the scheme differs
    'https://windows12.example@evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
  ])('sends %j to the hub', (target) => {
    expect(sameOriginPath(target, ORIGIN)).toBe('/')
  })

  it('never returns a path a browser would read as another host, nor a character that breaks a header', () => {
    for (const target of ['/.//evil.example', '/./\t/evil.example', '/\u202e/x', '/x\r\nSet-Cookie: a=b', '/\u0000', '', null, undefined]) {
      const path = sameOriginPath(target, ORIGIN)
      expect(path.startsWith('/')).toBe(true)
      expect(path.startsWith('//')).toBe(false)
      expect(path).toMatch(/^[\x21-\x7e]*$/)
    }
    expect(sameOriginPath('/.//evil.example', ORIGIN)).toBe('/evil.example')
  })
})

describe('classifyPath (the proxy route table)', () => {
  it.each([
    ['/', 'page'],
    ['/news', 'page'],
    ['/faq', 'page'],
    ['/search', 'dynamic'],
    ['/robots.txt', 'file'],
    ['/sitemap.xml', 'file'],
    ['/news/feed.xml', 'file'],
    ['/opengraph-image-12o0cb', 'file'],
    ['/faq/opengraph-image-5jklc1', 'file'],
    ['/studio', 'studio'],
    ['/studio/structure/guide', 'studio'],
    ['/api/revalidate', 'api'],
    ['/_next/static/chunks/x.js', 'next'],
    ['/some-guide', 'content'],
    ['/news/some-item', 'content'],
    ['/news/page/2', 'content'],
  ])('%s is a %s route', (path, kind) => {
    expect(classifyPath(path).kind).toBe(kind)
  })

  it.each(['/a/b/c', '/news/x/y', '/news/page/2/extra', '/_content/x', '/api/nothing', '/x/y/z/w', '/studiox/y', '/wp-admin/setup.php'])(
    '%s is unknown',
    (path) => {
      expect(classifyPath(path).kind).toBe('unknown')
    },
  )

  it('sends single segments with a dot to the route index, which knows no such slug', () => {
    expect(classifyPath('/wp-login.php')).toMatchObject({ kind: 'content', contentPath: '/wp-login.php' })
  })

  it('judges a content image by the page it belongs to', () => {
    expect(classifyPath('/some-guide/opengraph-image-19c4ir')).toMatchObject({ kind: 'content', contentPath: '/some-guide' })
    expect(classifyPath('/news/item/opengraph-image-5nvrt4')).toMatchObject({ kind: 'content', contentPath: '/news/item' })
    expect(classifyPath('/some-guide/other').kind).toBe('unknown')
  })

  it('calls undecodable paths malformed instead of throwing', () => {
    for (const path of ['/%ff', '/%E0%A4%A', '/news/%ff', '/%', '/a/%zz']) expect(classifyPath(path).kind).toBe('malformed')
    expect(decodeSegments('/%E0%A4%A')).toBeNull()
    expect(decodeSegments('/caf%C3%A9/x')).toEqual(['café', 'x'])
  })

  it('does not read an encoded slash as a separator', () => {
    expect(classifyPath('/news%2Fx').kind).toBe('content')
    expect(classifyPath('/api%2Frevalidate').kind).toBe('content')
  })

  it('lists GET with HEAD, and strips queries only from cached routes', () => {
    expect(allowedMethods({ pattern: '/', kind: 'page' })).toEqual(['GET', 'HEAD'])
    expect(allowedMethods({ pattern: '/api/revalidate', kind: 'api', methods: ['POST'] })).toEqual(['POST'])
    expect(['page', 'content', 'file'].every((kind) => stripsQuery(kind as never))).toBe(true)
    expect(['dynamic', 'api', 'studio', 'next'].some((kind) => stripsQuery(kind as never))).toBe(false)
  })

  it('lists every API route with its methods', () => {
    for (const rule of ROUTES.filter((candidate) => candidate.kind === 'api')) expect(rule.methods?.length).toBeGreaterThan(0)
  })
})

describe('secretsMatch (timing-safe comparison)', () => {
  it('accepts only the exact secret', () => {
    expect(secretsMatch('s3cret-value', 's3cret-value')).toBe(true)
    expect(secretsMatch('s3cret-valuX', 's3cret-value')).toBe(false)
    expect(secretsMatch('s3cret', 's3cret-value')).toBe(false)
    expect(secretsMatch('s3cret-value-and-more', 's3cret-value')).toBe(false)
    expect(secretsMatch('', 's3cret-value')).toBe(false)
  })

  it('never matches when no secret is configured', () => {
    expect(secretsMatch('', '')).toBe(false)
    expect(secretsMatch(undefined, undefined)).toBe(false)
    expect(secretsMatch('x', null)).toBe(false)
  })

  it('reads the credential of a bearer header', () => {
    expect(bearerCredential('Bearer abc def')).toBe('abc def')
    expect(bearerCredential('bearer abc')).toBe('abc')
    expect(bearerCredential('Basic abc')).toBeNull()
    expect(bearerCredential('Bearer ')).toBeNull()
    expect(bearerCredential(null)).toBeNull()
  })
})

describe('security headers', () => {
  const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]))

  it('forbids framing reader pages and the Studio, and allows only this origin in draft mode', () => {
    expect(directives(readerPolicy({ https: false }))['frame-ancestors']).toEqual(["'none'"])
    expect(directives(studioPolicy({ https: false }))['frame-ancestors']).toEqual(["'none'"])
    expect(directives(draftPolicy({ https: false }))['frame-ancestors']).toEqual(["'self'"])
  })

  it('allows script files from this origin (the Studio also Sanity’s bridge script) and inline scripts, never eval, no plugin', () => {
    // 'unsafe-inline': Next's inline RSC payload of cached pages can carry neither a nonce nor a listed hash (see
    // lib/security-headers.ts); inline event handlers are still refused on reader pages.
    expect(directives(readerPolicy({ https: true }))['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(directives(readerPolicy({ https: true }))['script-src-attr']).toEqual(["'none'"])
    expect(directives(draftPolicy({ https: true }))['script-src-attr']).toEqual(["'none'"])
    expect(directives(studioPolicy({ https: true }))['script-src']).toEqual(["'self'", "'unsafe-inline'", 'https://core.sanity-cdn.com'])
    for (const policy of [readerPolicy({ https: true }), draftPolicy({ https: true }), studioPolicy({ https: true, sanityProjectId: 'abc' })]) {
      const parsed = directives(policy)
      expect(parsed['object-src']).toEqual(["'none'"])
      expect(parsed['base-uri']).toEqual(["'self'"])
      expect(policy).not.toContain('unsafe-eval')
    }
  })

  it("lets the Studio reach its project's API and nothing else beyond Sanity", () => {
    expect(directives(studioPolicy({ https: false, sanityProjectId: 'abc123' }))['connect-src']).toEqual([
      "'self'",
      'https://core.sanity-cdn.com',
      'https://abc123.api.sanity.io',
      'wss://abc123.api.sanity.io',
      'https://abc123.apicdn.sanity.io',
      'https://api.sanity.io',
    ])
    expect(directives(readerPolicy({ https: false }))['connect-src']).toEqual(["'self'"])
  })

  it('sends HSTS over https only: always for an https site, else when a proxy says the request was https', () => {
    const hstsRules = (https: boolean) =>
      securityHeaderRules({ https }).filter((rule) => rule.headers.some((header) => header.key === 'Strict-Transport-Security'))
    expect(hstsRules(true)).toHaveLength(1)
    expect(hstsRules(true)[0].has).toBeUndefined()
    expect(hstsRules(false)).toHaveLength(1)
    expect(hstsRules(false)[0].has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: expect.any(String) }])
    const proto = new RegExp(`^${(hstsRules(false)[0].has?.[0] as { value: string }).value}$`)
    expect(['https', 'https, http'].every((value) => proto.test(value))).toBe(true)
    expect(['http', 'http, https'].some((value) => proto.test(value))).toBe(false)
  })

  it('marks every API answer no-store', () => {
    const api = securityHeaderRules({ https: false }).find((rule) => rule.source === '/api/:path*')
    expect(api?.headers).toContainEqual({ key: 'Cache-Control', value: 'no-store' })
  })
})

describe('refuseFetchForbiddenMethods (TRACE and friends, which Next cannot represent)', () => {
  it('answers 405 with the route’s Allow header, and leaves other methods to the server', async () => {
    const http = await import('node:http')
    const { refuseFetchForbiddenMethods } = await import('@/lib/method-guard')
    refuseFetchForbiddenMethods()
    const server = http.createServer((_, response) => response.end('handled'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    const send = (method: string, path: string) =>
      new Promise<{ status?: number; allow?: string; body: string }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, method, path }, (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => resolve({ status: response.statusCode, allow: response.headers.allow, body }))
        })
        request.on('error', reject)
        request.end()
      })
    try {
      expect(await send('TRACE', '/how-to-install-windows-12')).toEqual({ status: 405, allow: 'GET, HEAD', body: 'Method not allowed.\n' })
      expect(await send('TRACE', '/api/revalidate')).toMatchObject({ status: 405, allow: 'POST' })
      expect(await send('GET', '/')).toMatchObject({ status: 200, body: 'handled' })
    } finally {
      server.close()
    }
  })
})

describe('siteUrlProblem (checked when the server starts)', () => {
  const withSiteUrl = (value: string | undefined) => {
    const previous = process.env.SITE_URL
    if (value === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = value
    let problem: typeof import('@/lib/site-config').siteUrlProblem | undefined
    jest.isolateModules(() => {
      problem = (require('@/lib/site-config') as typeof import('@/lib/site-config')).siteUrlProblem
    })
    if (previous === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = previous
    return problem!
  }

  it('requires SITE_URL from a production server with a Sanity project', () => {
    expect(withSiteUrl(undefined)({ hostedContent: true, production: true })).toMatch(/SITE_URL is not set/)
    expect(withSiteUrl('https://windows12.example')({ hostedContent: true, production: true })).toBeNull()
  })

  it('keeps the embedded default, and development, working with no setting', () => {
    expect(withSiteUrl(undefined)({ hostedContent: false, production: true })).toBeNull()
    expect(withSiteUrl(undefined)({ hostedContent: true, production: false })).toBeNull()
  })

  it('refuses a SITE_URL that is not an absolute http(s) address, whatever the source', () => {
    for (const value of ['windows12.example', 'ftp://windows12.example', 'javascript:alert(1)']) {
      expect(withSiteUrl(value)({ hostedContent: false, production: false })).toMatch(/must be an absolute http\(s\) address/)
    }
  })
})
