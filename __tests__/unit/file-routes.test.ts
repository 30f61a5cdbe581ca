/**
 * @jest-environment node
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { normalizeMetadataRoute } from 'next/dist/lib/metadata/get-metadata-route'
import { classifyPath, METADATA_IMAGES, RESERVED_FIRST_SEGMENTS, ROUTES } from '@/lib/routes'
import { sitemapEntries, sitemapEntryCount, sitemapFileId, type SitemapSource } from '@/lib/sitemap'
import { contentRouteExists } from '@/sanity/lib/route-index'

/*
 * The file routes (social images, icons, sitemap files) are listed by their exact names, so a junk name of the same
 * shape never reaches a route that would render and store it (issue 19).
 */

const APP = path.join(__dirname, '..', '..', 'app')
const GUIDE = 'how-to-install-windows-12'

/** What the proxy does with an address: 'not found' (its 404 rewrite) or 'served' (passed on to the route). */
async function proxyDecision(route: string): Promise<'not found' | 'served'> {
  const match = classifyPath(route)
  if (match.kind === 'unknown' || match.kind === 'malformed') return 'not found'
  if (match.kind !== 'content') return 'served'
  return (await contentRouteExists(match.contentPath)) === false ? 'not found' : 'served'
}

beforeAll(() => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'file-routes-')), 'data.ndjson')
  const documents = [
    { _id: 'guide-a', _type: 'guide', slug: { _type: 'slug', current: GUIDE } },
    { _id: 'news-1', _type: 'newsItem', slug: { _type: 'slug', current: 'item-1' }, publishedAt: '2026-01-01T00:00:00Z' },
  ]
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))
  process.env.SANITY_EMBEDDED_DATASET = file
})
afterAll(() => {
  delete process.env.SANITY_EMBEDDED_DATASET
})

/** Every file under app/, as paths relative to it with forward slashes. */
function appFiles(folder = APP, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? appFiles(path.join(folder, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  )
}

/** The address pattern Next serves an app route at, as lib/routes.ts writes it: no route groups, `[x]` as `:x`. */
function addressPattern(route: string): string {
  return route
    .replace(/\/route$/, '')
    .split('/')
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[(\w+)\]$/, ':$1'))
    .join('/')
}

describe('the social image routes', () => {
  it('are listed by the exact names Next gives them', () => {
    const generated = appFiles()
      .filter((file) => /\/(opengraph|twitter)-image\.(tsx|ts|jsx|js)$/.test(file))
      .map((file) => addressPattern(normalizeMetadataRoute(file.replace(/\.\w+$/, ''))))
    expect(generated.length).toBeGreaterThan(0)
    expect(Object.values(METADATA_IMAGES).sort()).toEqual(generated.sort())
    for (const pattern of generated) expect(ROUTES.map((rule) => rule.pattern)).toContain(pattern)
  })

  it.each([
    // Names of the right shape that no route has: each rendered (and was stored) before.
    '/opengraph-image',
    '/opengraph-image-evil',
    '/twitter-image-1a2b3c',
    '/news/twitter-image-zz9',
    '/news/opengraph-image-19c4ir',
    '/faq/opengraph-image-abc123',
    '/faq/twitter-image',
    '/opengraph-image-12o0cb/x',
    '/opengraph-image-evil/opengraph-image-19c4ir',
    `/${GUIDE}/opengraph-image-abc123`,
    `/${GUIDE}/opengraph-image-19c4ir/1`,
    `/${GUIDE}/twitter-image`,
    '/news/item-1/twitter-image',
    '/news/no-such-item/opengraph-image-5nvrt4',
    '/apple-icon.png',
    '/manifest.webmanifest',
  ])('%s gets the 404 page', async (route) => {
    expect({ route, answer: await proxyDecision(route) }).toEqual({ route, answer: 'not found' })
  })

  it('serves the images that exist', async () => {
    for (const route of [METADATA_IMAGES.hub, METADATA_IMAGES.news, METADATA_IMAGES.faq, `/${GUIDE}/opengraph-image-19c4ir`, '/news/item-1/opengraph-image-5nvrt4']) {
      expect({ route, answer: await proxyDecision(route) }).toEqual({ route, answer: 'served' })
    }
  })

  it('judges an image of a guide or news item by the document it belongs to', () => {
    expect(classifyPath(`/some-guide${METADATA_IMAGES.hub}`)).toEqual(expect.objectContaining({ kind: 'unknown' }))
    expect(classifyPath('/some-guide/opengraph-image-19c4ir')).toMatchObject({ kind: 'content', contentPath: '/some-guide' })
    expect(classifyPath('/opengraph-image-evil/opengraph-image-19c4ir')).toMatchObject({ kind: 'content', contentPath: '/opengraph-image-evil' })
    expect(classifyPath('/news/item/opengraph-image-5nvrt4')).toMatchObject({ kind: 'content', contentPath: '/news/item' })
    for (const route of [METADATA_IMAGES.hub, METADATA_IMAGES.news, METADATA_IMAGES.faq]) expect(classifyPath(route).kind).toBe('file')
  })
})

describe('the other file routes', () => {
  /**
   * Where a fixed file address comes from: a static file or a route handler's folder in app/, a metadata generator,
   * or a file in public/.
   */
  const sources = (address: string) => {
    const relative = address.slice(1)
    const stem = relative.replace(/\.\w+$/, '')
    return [
      ...[relative, `(site)/${relative}`, `${stem}.ts`, `${stem}.tsx`].map((candidate) => path.join(APP, candidate)),
      path.join(APP, '..', 'public', relative),
    ]
  }

  it('each name something the app has', () => {
    const fixedFiles = ROUTES.filter((rule) => rule.kind === 'file' && !rule.pattern.includes(':') && !Object.values(METADATA_IMAGES).includes(rule.pattern as never))
    expect(fixedFiles.length).toBeGreaterThan(5)
    for (const rule of fixedFiles) expect({ address: rule.pattern, exists: sources(rule.pattern).some((file) => existsSync(file)) }).toEqual({ address: rule.pattern, exists: true })
  })

  it('keep the sitemap folder out of guides’ addresses', () => {
    expect(RESERVED_FIRST_SEGMENTS).toContain('sitemaps')
    expect(classifyPath('/sitemaps/sitemap/0.xml')).toMatchObject({ kind: 'content', contentPath: '/sitemaps/sitemap/0.xml' })
  })
})

describe('the sitemap files', () => {
  const source = (guides: number, pages: number, news: number): SitemapSource => ({
    settingsUpdatedAt: null,
    guides: Array.from({ length: guides }, (_, n) => ({ slug: `guide-${n}`, _updatedAt: '2026-01-01T00:00:00Z', reviewedAt: null })),
    pages: Array.from({ length: pages }, (_, n) => ({ slug: `page-${n}`, _updatedAt: '2026-01-01T00:00:00Z' })),
    news: Array.from({ length: news }, (_, n) => ({ slug: `news-${n}`, publishedAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z' })),
    faqUpdatedAt: [],
    faqs: [],
    comparisonUpdatedAt: [],
    requirementsUpdatedAt: [],
  })

  it.each([
    [0, 0, 0],
    [10, 2, 9],
    [10, 2, 10],
    [10, 2, 11],
    [208, 3, 10_000],
  ])('are counted from the content alone as sitemapEntries counts them (%i guides, %i pages, %i news)', (guides, pages, news) => {
    expect(sitemapEntryCount({ topLevelPages: guides + pages, guides, news, faqSections: [] })).toBe(sitemapEntries(source(guides, pages, news)).length)
  })

  it('have the names sitemapFilePath writes, and no other', () => {
    expect(['0.xml', '1.xml', '12.xml'].map(sitemapFileId)).toEqual([0, 1, 12])
    for (const name of ['0', '00.xml', '01.xml', '-1.xml', '1.5.xml', 'x.xml', '0.XML', '0.xml.xml', `${'9'.repeat(20)}.xml`, '']) expect(sitemapFileId(name)).toBeNull()
  })

  it('exist only as far as the content fills them', async () => {
    expect(await proxyDecision('/sitemaps/sitemap/0.xml')).toBe('served')
    for (const route of ['/sitemaps/sitemap/1.xml', '/sitemaps/sitemap/0', '/sitemaps/sitemap/00.xml', '/sitemaps/sitemap/evil.xml', '/sitemaps/sitemap/0.xml%00', '/sitemaps/sitemap/x/0.xml']) {
      expect({ route, answer: await proxyDecision(route) }).toEqual({ route, answer: 'not found' })
    }
  })
})
