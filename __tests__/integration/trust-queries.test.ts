/**
 * @jest-environment node
 */
import type { GUIDE_QUERY_RESULT, NEWS_ITEM_QUERY_RESULT, NEWS_PAGE_QUERY_RESULT } from '@/sanity.types'
import { isoDate } from '@/lib/dates'
import { guideModifiedAt } from '@/lib/review'
import { GUIDE_QUERY, GUIDE_SLUGS_QUERY } from '@/sanity/lib/content/guides'
import { NEWS_ITEM_QUERY, NEWS_PAGE_QUERY, NEWS_SLUGS_QUERY } from '@/sanity/lib/content/news'
import { loadSeed, runQuery } from '../support/seed'

/*
 * What the editorial-trust queries return over the seed: bylines, numbered sources that claims point to, change
 * logs, superseded news and the order of the release timeline.
 */

const seed = loadSeed()

type Block = { _type: string; children?: { text: string }[]; markDefs?: { _type: string; source?: string }[]; body?: Block[] }
const blocksOf = (body: readonly unknown[] | null | undefined): Block[] =>
  ((body ?? []) as Block[]).flatMap((member) => (member._type === 'callout' ? (member.body ?? []) : [member]))
const claimsOf = (body: readonly unknown[] | null | undefined) =>
  blocksOf(body).flatMap((block) => (block.markDefs ?? []).filter((mark) => mark._type === 'claim'))

const guideSlugs = () => runQuery<string[]>(seed, GUIDE_SLUGS_QUERY, { limit: 1000 })
const newsSlugs = () => runQuery<string[]>(seed, NEWS_SLUGS_QUERY, { limit: 1000 })
const guide = (slug: string) => runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug })
const newsItem = (slug: string, documents = seed) => runQuery<NEWS_ITEM_QUERY_RESULT>(documents, NEWS_ITEM_QUERY, { slug })

describe('guides', () => {
  it('name the editorial team as author and reviewer, with its _id so an edit re-renders them', async () => {
    for (const slug of await guideSlugs()) {
      const result = await guide(slug)
      expect({ slug, author: result?.author, reviewer: result?.reviewer }).toEqual({
        slug,
        author: { _id: 'person-editorial-team', name: 'Windows 12 Guide editors', role: expect.any(String) },
        reviewer: { _id: 'person-editorial-team', name: 'Windows 12 Guide editors', role: expect.any(String) },
      })
    }
  })

  it('list dated https sources, and every claim with a source points to one of them', async () => {
    let pointing = 0
    for (const slug of await guideSlugs()) {
      const result = await guide(slug)
      const keys = (result?.sources ?? []).map((source) => source._key)
      expect({ slug, count: keys.length > 0 }).toEqual({ slug, count: true })
      for (const source of result?.sources ?? []) {
        // Microsoft's own sites: microsoft.com and its blogs on windows.com.
        expect(source.url).toMatch(/^https:\/\/([a-z]+\.)*(microsoft|windows)\.com\//)
        expect(source.accessedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(source.label?.length).toBeGreaterThan(10)
      }
      for (const claim of claimsOf(result?.body)) {
        if (!claim.source) continue
        pointing++
        expect({ slug, source: claim.source, listed: keys.includes(claim.source) }).toEqual({ slug, source: claim.source, listed: true })
      }
    }
    expect(pointing).toBeGreaterThan(30)
  })

  it('have a change log, newest first, that sets their modification date', async () => {
    for (const slug of await guideSlugs()) {
      const result = await guide(slug)
      const dates = (result?.updates ?? []).map((update) => update.date)
      expect(dates.length).toBeGreaterThanOrEqual(2)
      expect(dates).toEqual([...dates].sort().reverse())
      expect(result && guideModifiedAt(result)).toBe(isoDate(dates[0]))
    }
  })

  it('use callouts sparingly: at least 200 words of text between two callouts', async () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length
    for (const slug of await guideSlugs()) {
      const body = ((await guide(slug))?.body ?? []) as (Block & { items?: { title?: string; detail?: string }[] })[]
      let since: number | null = null
      for (const member of body) {
        if (member._type === 'callout') {
          if (since !== null) expect({ slug, wordsSinceLastCallout: since >= 200 }).toEqual({ slug, wordsSinceLastCallout: true })
          since = 0
        } else if (since !== null) {
          if (member._type === 'block') since += words((member.children ?? []).map((child) => child.text).join(''))
          if (member._type === 'steps') since += words((member.items ?? []).map((item) => `${item.title} ${item.detail ?? ''}`).join(' '))
        }
      }
    }
  })

  it('list the release timeline by sort date, a window by its first day', async () => {
    const result = await guide('windows-12-release-date')
    const timeline = result?.body?.find((member) => member._type === 'releaseTimelineEmbed')
    const milestones = timeline && 'milestones' in timeline ? timeline.milestones : []
    expect(milestones.map((milestone) => [milestone.title, milestone.window ?? milestone.date])).toEqual([
      ['Windows 10 released', '2015-07-29'],
      ['Windows 11 released', '2021-10-05'],
      ['Copilot+ PCs announced', '2024-05-20'],
      ['Window named by earlier reports', 'Late 2025 to early 2026'],
      ['Windows 10 end of support', '2025-10-14'],
      ['First Windows 12 Insider preview', 'Before any public release'],
      ['Windows 12 general availability', 'Late 2026 to early 2027'],
      ['Official Windows 12 ISO', 'At or near launch'],
    ])
  })
})

describe('news', () => {
  it('every item names its author and lists at least one source', async () => {
    for (const slug of await newsSlugs()) {
      const item = await newsItem(slug)
      expect({ slug, author: item?.author?.name, sources: (item?.sources?.length ?? 0) > 0 }).toEqual({ slug, author: 'Windows 12 Guide editors', sources: true })
    }
  })

  it('the Windows 10 end-of-support item links to the later news that superseded it', async () => {
    const item = await newsItem('windows-10-end-of-support')
    expect(item?.supersededBy).toEqual({
      _ref: 'news-windows-12-misses-late-2025-early-2026-window',
      title: 'Windows 12 misses the rumored late 2025 to early 2026 window',
      slug: 'windows-12-misses-late-2025-early-2026-window',
      publishedAt: '2026-04-15T08:00:00Z',
    })
    expect((await newsItem('windows-12-misses-late-2025-early-2026-window'))?.supersededBy).toBeNull()
  })

  it('a superseding item that is not published yet is not linked', async () => {
    const scheduled = seed.map((document) =>
      document._id === 'news-windows-12-misses-late-2025-early-2026-window' ? { ...document, publishedAt: '2999-01-01T00:00:00Z' } : document,
    )
    expect((await newsItem('windows-10-end-of-support', scheduled))?.supersededBy).toBeNull()
  })

  it('the news list marks superseded items', async () => {
    const page = await runQuery<NEWS_PAGE_QUERY_RESULT>(seed, NEWS_PAGE_QUERY, { before: null, beforeId: null, start: 0, end: 10 })
    const superseded = page.items.filter((item) => item.supersededBy).map((item) => item.slug)
    expect(superseded.sort()).toEqual(['windows-10-end-of-support', 'windows-12-release-timeline-unconfirmed'])
  })
})
