/** @jest-environment node */
import { classifyPath, NOT_FOUND_PATH, ROUTES, type RouteKind } from '@/lib/routes'
import { readsQuery, targetForNext } from '@/server/query-policy.cjs'

/*
 * The site's server (server/start.mjs) removes the query string before Next sees a request, except for the routes
 * that read it (server/query-policy.cjs): Next renders a page with the URL the reader sent, even after the proxy's
 * rewrite, so this is what keeps a visitor's query out of pages cached for everyone. The list must agree with the
 * route table (lib/routes.ts) for every rule, including the ones added later.
 */

const KINDS_THAT_READ_THE_QUERY: readonly RouteKind[] = ['dynamic', 'api', 'studio', 'next']

/** An address each rule matches: parameters filled in with plausible values. */
function sampleOf(pattern: string): string {
  return pattern
    .split('/')
    .map((token) => (token === ':image' ? 'opengraph-image' : token === ':n' ? '2' : token === '*' ? 'a/b' : token.startsWith(':') ? 'sample-slug' : token))
    .join('/')
}

describe('which routes keep their query', () => {
  test.each(ROUTES.map((rule) => [rule.pattern, rule] as const))('%s', (_, rule) => {
    const sample = sampleOf(rule.pattern)
    const match = classifyPath(sample)
    // The sample may match an earlier rule: the kind that applies is the one the table gives it.
    const kind = match.kind === 'unknown' || match.kind === 'malformed' ? rule.kind : match.kind
    // The proxy's own not-found address renders a page like any other: its query goes.
    const expected = KINDS_THAT_READ_THE_QUERY.includes(kind) && rule.pattern !== NOT_FOUND_PATH
    expect({ sample, keepsQuery: readsQuery(`${sample}?q=1`) }).toEqual({ sample, keepsQuery: expected })
  })
})

describe('the target Next sees', () => {
  const previewModeId = 'build-preview-id'

  test('a cached page loses the visitor’s query, except Next’s own _rsc', () => {
    expect(targetForNext('/windows-12-iso-download?utm_source=news&x=1')).toBe('/windows-12-iso-download')
    expect(targetForNext('/news?_rsc=abc&utm=1')).toBe('/news?_rsc=abc')
    expect(targetForNext('/no-such-page?x=1')).toBe('/no-such-page')
  })

  test('search, the checker, the API, the Studio and Next’s files keep theirs', () => {
    for (const target of ['/search?q=tpm', '/can-my-pc-run-windows-12?ram=8', '/api/draft-mode/enable?secret=1', '/studio/structure?x=1', '/_next/image?url=x']) {
      expect(targetForNext(target)).toBe(target)
    }
  })

  test('dot segments and encodings are judged as Next resolves them', () => {
    expect(targetForNext('/api/../windows-12-iso-download?poison=1')).toBe('/api/../windows-12-iso-download')
    expect(targetForNext('/%73earch?q=tpm')).toBe('/%73earch?q=tpm')
    expect(targetForNext('/%E0%A4%A?q=1')).toBe('/%E0%A4%A')
  })

  test('an editor’s genuine draft-mode cookie keeps the query; a forged one does not', () => {
    expect(targetForNext('/windows-12-iso-download?preview=1', { cookieHeader: `a=1; __prerender_bypass=${previewModeId}`, previewModeId })).toBe(
      '/windows-12-iso-download?preview=1',
    )
    expect(targetForNext('/windows-12-iso-download?preview=1', { cookieHeader: '__prerender_bypass=forged', previewModeId })).toBe('/windows-12-iso-download')
    expect(targetForNext('/windows-12-iso-download?preview=1', { cookieHeader: '__prerender_bypass=', previewModeId: null })).toBe('/windows-12-iso-download')
  })
})
