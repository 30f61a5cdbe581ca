/**
 * @jest-environment node
 */
import * as calendar from '@/sanity/lib/content/calendar'
import * as checker from '@/sanity/lib/content/checker'
import * as guides from '@/sanity/lib/content/guides'
import * as hub from '@/sanity/lib/content/hub'
import * as news from '@/sanity/lib/content/news'
import * as pages from '@/sanity/lib/content/pages'
import * as search from '@/sanity/lib/content/search'
import * as settings from '@/sanity/lib/content/settings'
import * as sitemap from '@/sanity/lib/content/sitemap'
import * as faq from '@/sanity/lib/content/faq'
import { documentTagsOf, SCHEDULE_TAG, TIME_DEPENDENT_TAGS } from '@/sanity/lib/tags'
import { documentCopy, loadSeed, runQuery, titledDocument } from '../support/seed'

/*
 * The cache tags a page gets are read from its query's result (sanity/lib/tags.ts): these run the site's queries
 * against the seed and check that a page is tagged with every document it shows, embedded ones included, so a
 * webhook for that document re-renders it.
 */

const seed = loadSeed()
const TABLE_ID = 'comparisonTable-windows-11-vs-windows-12'
const REQUIREMENTS_ID = 'requirements-windows-12'

const guideTags = async (slug: string, documents = seed) => documentTagsOf(await runQuery(documents, guides.GUIDE_QUERY, { slug }))

describe('tags from the result', () => {
  it('tags the guides that embed the comparison table with the table, and no other guide', async () => {
    for (const slug of ['windows-12-features', 'windows-12-vs-windows-11']) {
      expect({ slug, tags: await guideTags(slug) }).toEqual({ slug, tags: expect.arrayContaining([`doc:${TABLE_ID}`]) })
    }
    expect(await guideTags('windows-12-iso-64-bit')).not.toContain(`doc:${TABLE_ID}`)
  })

  it('tags the requirements guide and the checker with the requirements', async () => {
    expect(await guideTags('windows-12-system-requirements')).toContain(`doc:${REQUIREMENTS_ID}`)
    expect(documentTagsOf(await runQuery(seed, checker.CHECKER_QUERY))).toContain(`doc:${REQUIREMENTS_ID}`)
    expect(await guideTags('windows-12-features')).not.toContain(`doc:${REQUIREMENTS_ID}`)
  })

  it('lists the milestones only on pages with the release timeline', async () => {
    expect(await guideTags('windows-12-release-date')).toContain('list:releaseMilestone')
    expect(await guideTags('windows-12-features')).not.toContain('list:releaseMilestone')
  })

  it('tags the feeds with the documents their bodies embed', async () => {
    const documents = seed.map((document) =>
      document._id === 'news-windows-10-end-of-support'
        ? { ...document, body: [...(document.body as object[]), { _type: 'comparisonTableEmbed', _key: 'table', table: { _type: 'reference', _ref: TABLE_ID } }] }
        : document,
    )
    expect(documentTagsOf(await runQuery(documents, news.NEWS_FEED_QUERY, { limit: 30 }))).toContain(`doc:${TABLE_ID}`)
  })

  it('projects _id in every dereference that shows a document', () => {
    // `ref->{ ... }` shows the referenced document's content: without its _id nothing tags the page with it.
    const queries = { ...calendar, ...checker, ...guides, ...hub, ...news, ...pages, ...search, ...settings, ...sitemap, ...faq }
    const projections = Object.entries(queries).flatMap(([name, query]) =>
      typeof query === 'string' ? [...query.matchAll(/->\s*\{\s*([^\s,}]+)/g)].map((match) => ({ name, first: match[1] })) : [],
    )
    expect(projections.length).toBeGreaterThan(5)
    expect(projections.filter((projection) => projection.first !== '_id')).toEqual([])
  })
})

describe('news superseded by an item that is not visible yet', () => {
  const OLDER = 'news-windows-10-end-of-support'
  const NEWER = 'news-windows-12-misses-late-2025-early-2026-window'
  const older = titledDocument(seed, OLDER)
  const withNewerAt = (publishedAt: string) => seed.map((document) => (document._id === NEWER ? { ...documentCopy(seed, NEWER), publishedAt } : document))

  it('is tagged as time-dependent (expired by the cron route) and with the newer item, until that item is visible', async () => {
    expect(TIME_DEPENDENT_TAGS).toContain(SCHEDULE_TAG)
    const future = new Date(Date.now() + 86_400_000).toISOString()
    const pending = await runQuery<{ supersededBy: unknown }>(withNewerAt(future), news.NEWS_ITEM_QUERY, { slug: older.slug.current })
    expect(pending.supersededBy).toBeNull()
    expect(documentTagsOf(pending)).toEqual(expect.arrayContaining([SCHEDULE_TAG, `doc:${NEWER}`]))

    const visible = await runQuery<{ supersededBy: { slug: string } | null }>(withNewerAt('2026-04-15T08:00:00Z'), news.NEWS_ITEM_QUERY, { slug: older.slug.current })
    expect(visible.supersededBy?.slug).toBe('windows-12-misses-late-2025-early-2026-window')
    expect(documentTagsOf(visible)).not.toContain(SCHEDULE_TAG)
    expect(documentTagsOf(visible)).toContain(`link:${NEWER}`)
  })

  it('leaves an item nothing supersedes untouched by the cron route', async () => {
    const tags = documentTagsOf(await runQuery(seed, news.NEWS_ITEM_QUERY, { slug: 'windows-12-november-2026-status-check' }))
    expect(tags).not.toContain(SCHEDULE_TAG)
  })
})
