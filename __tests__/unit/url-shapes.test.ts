/**
 * One URL function: lib/urls.ts is the only module that knows what a document's address looks like (documentPath),
 * so a change of shape (news under /updates, say) is one edit that every link, feed, sitemap, route-index lookup and
 * Studio preview follows. Queries return types and slugs, never paths. This scan fails when a shape is written
 * anywhere else in the application's source, GROQ included.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { documentAt, documentPath, internalLinkPath, listPageAt } from '@/lib/urls'
import { ROOT, sourceFiles } from '../support/source-files'

/** The one module allowed to write URL shapes. */
const URL_MODULE = 'lib/urls.ts'

/** Ways a URL shape gets written outside the URL module, each with what it looks like. */
const SHAPES: { name: string; pattern: RegExp }[] = [
  // `/${slug}`, `/news/${item.slug}`: a path built around a slug.
  { name: 'a path template around a slug', pattern: /`\/(?:[\w-]+\/)*\$\{[^}]*slug[^}]*\}/i },
  // "/" + slug.current in GROQ, '/news/' + slug in code.
  { name: 'a path concatenated from a literal', pattern: /["']\/[\w/-]*["']\s*\+/ },
  // Route patterns of document pages (Presentation's mainDocuments, the proxy's table).
  { name: 'a document route pattern', pattern: /["'`]\/(?:[\w-]+\/)*:slug\b/ },
  // <a href="/news"> in markup instead of a path constant or function.
  { name: 'an internal href written as a literal', pattern: /\bhref=["']\// },
  // Reading an address by comparing its segments with words of a URL (the route index's old way).
  { name: 'a path segment compared with a literal', pattern: /segments\[\d\]\s*===\s*['"][\w.-]+['"]/ },
]

function shapesIn(text: string): string[] {
  return SHAPES.flatMap(({ name, pattern }) => {
    const match = pattern.exec(text)
    return match ? [`${name}: ${match[0]}`] : []
  })
}

describe('URL shapes', () => {
  it('are written only in lib/urls.ts', () => {
    const files = sourceFiles()
    // The scan must see the places that used to build addresses themselves.
    expect(files).toEqual(
      expect.arrayContaining(['sanity/presentation-resolve.ts', 'sanity/lib/route-index.ts', 'components/search/SearchResults.tsx', 'sanity.types.ts']),
    )
    const found = files
      .filter((file) => file !== URL_MODULE)
      .flatMap((file) => shapesIn(readFileSync(path.join(ROOT, file), 'utf8')).map((shape) => `${file}: ${shape}`))
    expect(found).toEqual([])
  })

  it('are recognised by the scan in each form it looks for', () => {
    for (const sample of [
      'const path = `/news/${item.slug}`',
      '"href": "/" + @.reference->slug.current',
      "{ route: '/news/:slug', filter }",
      '<a href="/news">Latest news</a>',
      "if (segments[0] === 'news') return",
    ]) {
      expect(shapesIn(sample)).toHaveLength(1)
    }
    expect(shapesIn("const href = documentPath('newsItem', item.slug)")).toEqual([])
  })
})

describe('documentPath and its inverses', () => {
  it('puts guides and pages at the top level and news under /news', () => {
    expect(documentPath('guide', 'windows-12-features')).toBe('/windows-12-features')
    expect(documentPath('page', 'about')).toBe('/about')
    expect(documentPath('newsItem', 'support-ends')).toBe('/news/support-ends')
  })

  it('reads back which documents an address can name', () => {
    expect(documentAt(['about'])).toEqual({ types: ['guide', 'page'], slug: 'about' })
    expect(documentAt(['news', 'support-ends'])).toEqual({ types: ['newsItem'], slug: 'support-ends' })
    expect(documentAt(['news', 'page', '2'])).toBeNull()
    expect(documentAt(['studio', 'x'])).toBeNull()
    expect(documentAt([])).toBeNull()
    expect(listPageAt(['news', 'page', '2'])).toEqual({ list: 'news', page: '2' })
    expect(listPageAt(['guides', 'page', '3'])).toEqual({ list: 'guides', page: '3' })
    expect(listPageAt(['faq', 'page', '2'])).toBeNull()
  })

  it('links an internal link to its target, and a hostile or broken target to nothing', () => {
    expect(internalLinkPath({ type: 'guide', slug: 'windows-12-features' })).toBe('/windows-12-features')
    expect(internalLinkPath({ type: 'newsItem', slug: 'support-ends' })).toBe('/news/support-ends')
    for (const target of [
      { type: null, slug: null },
      { type: 'guide', slug: 'javascript:alert(1)' },
      { type: 'page', slug: '/evil.example' },
      { type: 'guide', slug: '..' },
      { type: 'person', slug: 'someone' },
      null,
      'guide',
    ]) {
      expect(internalLinkPath(target)).toBeNull()
    }
  })
})
