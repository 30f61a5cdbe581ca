/**
 * @jest-environment node
 */
import type {
  FAQ_SECTION_QUERY_RESULT,
  GUIDE_QUERY_RESULT,
  GUIDE_SLUGS_QUERY_RESULT,
  HUB_QUERY_RESULT,
  NEWS_ITEM_QUERY_RESULT,
  NEWS_PAGE_QUERY_RESULT,
  NEWS_SLUGS_QUERY_RESULT,
  PAGE_QUERY_RESULT,
  PAGE_SLUGS_QUERY_RESULT,
  SITE_SETTINGS_QUERY_RESULT,
} from '@/sanity.types'
import { GUIDE_QUERY, GUIDE_SLUGS_QUERY } from '@/sanity/lib/content/guides'
import { HUB_QUERY } from '@/sanity/lib/content/hub'
import { NEWS_ITEM_QUERY, NEWS_PAGE_QUERY, NEWS_SLUGS_QUERY } from '@/sanity/lib/content/news'
import { PAGE_QUERY, PAGE_SLUGS_QUERY } from '@/sanity/lib/content/pages'
import { SITE_SETTINGS_QUERY } from '@/sanity/lib/content/settings'
import { FAQ_CATEGORY_VALUES, FAQ_SECTIONS } from '@/lib/faq'
import { isGuideIcon } from '@/lib/guide-icons'
import { FAQ_SECTION_QUERY } from '@/sanity/lib/content/faq'
import { documentPath, internalLinkPath } from '@/lib/urls'
import { loadSeed, runQuery } from '../support/seed'

const seed = loadSeed()

/** The eight guide pages the seed hub page links to. */
const SEED_GUIDE_SLUGS = [
  'windows-12-iso-download',
  'windows-12-iso-64-bit',
  'windows-12-release-date',
  'windows-12-features',
  'windows-12-system-requirements',
  'how-to-install-windows-12',
  'create-windows-12-bootable-usb',
  'windows-12-vs-windows-11',
]

type Block = { _type: string; children?: { text: string }[]; markDefs?: { _type: string; type?: string | null; slug?: string | null }[] }
const textOf = (blocks: unknown[] | null | undefined) =>
  (blocks ?? []).flatMap((block) => ((block as Block).children ?? []).map((child) => child.text)).join(' ')
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

describe('SITE_SETTINGS_QUERY', () => {
  it('returns the navigation as named groups that together link every guide once, each with an icon', async () => {
    const settings = await runQuery<SITE_SETTINGS_QUERY_RESULT>(seed, SITE_SETTINGS_QUERY)
    expect(settings?.title).toBe('Windows 12 Guide')
    expect(settings?.disclaimer).toMatch(/not affiliated with.*Microsoft/i)
    const groups = settings?.navigation ?? []
    expect(groups.map((group) => group.title)).toEqual(['Get Windows 12', 'About Windows 12'])
    const links = groups.flatMap((group) => group.links)
    expect(links.map((link) => link.slug).sort()).toEqual([...SEED_GUIDE_SLUGS].sort())
    for (const link of links) {
      expect(link.title).toBeTruthy()
      expect(isGuideIcon(link.icon)).toBe(true)
    }
  })

  it('returns the footer pages with their titles and addresses', async () => {
    const settings = await runQuery<SITE_SETTINGS_QUERY_RESULT>(seed, SITE_SETTINGS_QUERY)
    expect(settings?.footerLinks?.map((link) => [link.title, link.slug])).toEqual([
      ['About us', 'about'],
      ['Editorial policy', 'editorial-policy'],
    ])
  })
})

describe('HUB_QUERY', () => {
  let hub: HUB_QUERY_RESULT
  beforeAll(async () => {
    // The hub's bounded selection: the guides the navigation links (sanity/lib/content/hub.ts getHub).
    const navigation = seed.find((doc) => doc._id === 'siteSettings')?.navigation as { links: { guide: { _ref: string } }[] }[]
    hub = await runQuery<HUB_QUERY_RESULT>(seed, HUB_QUERY, { guideIds: navigation.flatMap((group) => group.links.map((link) => link.guide._ref)) })
  })

  it('has the ISO status with a last-checked date and an official https source', () => {
    expect(hub.settings?.isoStatus?.available).toBe(false)
    expect(hub.settings?.isoStatus?.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(hub.settings?.isoStatus?.officialUrl).toMatch(/^https:\/\/www\.microsoft\.com\//)
  })

  it('lists the eight guides in editorial order, each with a one-paragraph summary and a word count', () => {
    expect(hub.guides.map((guide) => guide.slug).sort()).toEqual([...SEED_GUIDE_SLUGS].sort())
    const orders = hub.guides.map((guide) => seed.find((doc) => doc._id === guide._id)?.order as number)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    for (const guide of hub.guides) {
      // The first paragraph of the hub summary, as plain text.
      const hubSummary = (seed.find((doc) => doc._id === guide._id)?.hubSummary ?? []) as Block[]
      expect(guide.summary).toBe(textOf([hubSummary[0]]))
      expect(guide.summary?.length).toBeGreaterThan(40)
      // Text blocks and asides, counted by GROQ: within 10 % of a count of the same text here (GROQ splits on
      // spaces only, so the last word of one paragraph and the first of the next count as one).
      const body = (seed.find((doc) => doc._id === guide._id)?.body ?? []) as Block[]
      const asides = body.filter((member) => member._type === 'callout').flatMap((member) => (member as { body?: Block[] }).body ?? [])
      const expected = wordCount(textOf(body.filter((member) => member._type === 'block'))) + wordCount(textOf(asides))
      expect(Math.abs((guide.wordCount ?? 0) - expected)).toBeLessThan(expected * 0.1)
    }
  })

  it('has the release milestone chosen for the hub, with its window and claim status', () => {
    expect(hub.settings?.release).toMatchObject({ title: 'Windows 12 general availability', window: 'Late 2026 to early 2027', status: 'expected' })
  })

  it('has the comparison table with the five seed rows, one value per column and a claim status each', () => {
    const table = hub.comparisonTable
    expect(table?.columns).toEqual(['Windows 11', 'Windows 12 (expected)'])
    expect(table?.rows?.map((row) => row.feature)).toEqual([
      'AI integration',
      'User interface',
      'Performance',
      'System requirements',
      'Cloud integration',
    ])
    for (const row of table?.rows ?? []) {
      expect(row.values).toHaveLength(2)
      expect(['confirmed', 'expected', 'rumored']).toContain(row.status)
    }
  })

  it('shows the three newest published news items, newest first', () => {
    const published = seed
      .filter((doc) => doc._type === 'newsItem')
      .map((doc) => doc.publishedAt as string)
      .sort()
      .reverse()
    expect(hub.latestNews.map((item) => item.publishedAt)).toEqual(published.slice(0, 3))
  })

  it('includes FAQs with answers', () => {
    expect(hub.faqs.length).toBeGreaterThanOrEqual(4)
    for (const faq of hub.faqs) expect(textOf(faq.answer).length).toBeGreaterThan(20)
  })
})

describe('GUIDE_SLUGS_QUERY and GUIDE_QUERY', () => {
  it('finds exactly the eight seed guides', async () => {
    const slugs = await runQuery<GUIDE_SLUGS_QUERY_RESULT>(seed, GUIDE_SLUGS_QUERY, { limit: 1000 })
    expect([...slugs].sort()).toEqual([...SEED_GUIDE_SLUGS].sort())
  })

  it('gives a build only the first $limit guides in hub order to prerender', async () => {
    const byOrder = seed.filter((doc) => doc._type === 'guide').sort((a, b) => (a.order as number) - (b.order as number))
    const slugs = await runQuery<GUIDE_SLUGS_QUERY_RESULT>(seed, GUIDE_SLUGS_QUERY, { limit: 3 })
    expect(slugs).toEqual(byOrder.slice(0, 3).map((doc) => (doc.slug as { current: string }).current))
  })

  it.each(SEED_GUIDE_SLUGS)('%s is a full page: long body, headings, SEO description, related guides', async (slug) => {
    const guide = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug })
    expect(guide?.slug).toBe(slug)
    const body = (guide?.body ?? []) as unknown as Block[]
    const words = wordCount(textOf(body)) + wordCount(JSON.stringify(body.filter((b) => b._type !== 'block')))
    expect(words).toBeGreaterThan(700)
    expect(body.filter((block) => (block as { style?: string }).style === 'h2').length).toBeGreaterThanOrEqual(3)
    expect(guide?.seo?.description?.length).toBeGreaterThanOrEqual(50)
    expect(guide?.seo?.description?.length).toBeLessThanOrEqual(160)
    expect(guide?.related?.length).toBeGreaterThanOrEqual(1)
    for (const related of guide?.related ?? []) expect(SEED_GUIDE_SLUGS).toContain(related?.slug)
  })

  it('resolves every internal link to the URL of an existing guide', async () => {
    let links = 0
    for (const slug of SEED_GUIDE_SLUGS) {
      const guide = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug })
      const blocks = (guide?.body ?? []).flatMap((member) =>
        member._type === 'callout' ? ((member.body ?? []) as unknown as Block[]) : [member as unknown as Block],
      )
      for (const mark of blocks.flatMap((block) => block.markDefs ?? [])) {
        if (mark._type !== 'internalLink') continue
        links++
        expect(SEED_GUIDE_SLUGS.map((slug) => documentPath('guide', slug))).toContain(internalLinkPath(mark))
      }
    }
    expect(links).toBeGreaterThanOrEqual(8)
  })

  it('resolves embedded data: the comparison table, the requirements and the dated timeline', async () => {
    const vs = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug: 'windows-12-vs-windows-11' })
    const comparison = vs?.body?.find((member) => member._type === 'comparisonTableEmbed')
    expect(comparison && 'table' in comparison && comparison.table?.rows?.length).toBe(5)

    const requirements = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug: 'windows-12-system-requirements' })
    const spec = requirements?.body?.find((member) => member._type === 'requirementsEmbed')
    const minimum = spec && 'requirements' in spec ? spec.requirements?.minimum : undefined
    expect(minimum).toMatchObject({ ramGb: 8, tpmVersion: 2, directX: 12, displayHeightPx: 720, storageGb: 64 })

    const release = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug: 'windows-12-release-date' })
    const timeline = release?.body?.find((member) => member._type === 'releaseTimelineEmbed')
    const dates = (timeline && 'milestones' in timeline ? timeline.milestones : []).map((milestone) => milestone.date)
    expect(dates.length).toBeGreaterThanOrEqual(5)
    expect(dates).toEqual([...dates].sort())
  })

  it('uses the five kinds of aside across the guides', async () => {
    const kinds = new Set<string>()
    for (const slug of SEED_GUIDE_SLUGS) {
      const guide = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug })
      for (const member of guide?.body ?? []) if (member._type === 'callout' && member.kind) kinds.add(member.kind)
    }
    expect([...kinds].sort()).toEqual(['example', 'insight', 'opinion', 'tip', 'warning'])
  })

  it('returns null for an unknown slug', async () => {
    expect(await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug: 'windows-13' })).toBeNull()
  })
})

/** NEWS_PAGE_QUERY's cursor on page 1: none. */
const FIRST_PAGE = { before: null, beforeId: null }

describe('news queries', () => {
  const future = {
    _id: 'news-from-the-future',
    _type: 'newsItem',
    title: 'Not yet due',
    slug: { _type: 'slug', current: 'not-yet-due' },
    publishedAt: '2999-01-01T00:00:00Z',
  }
  const withFuture = [...seed, future]

  it('lists at least six published items, newest first, and hides items that are not due', async () => {
    const slugs = await runQuery<NEWS_SLUGS_QUERY_RESULT>(withFuture, NEWS_SLUGS_QUERY, { limit: 1000 })
    expect(slugs.length).toBeGreaterThanOrEqual(6)
    expect(slugs).not.toContain('not-yet-due')
    const page = await runQuery<NEWS_PAGE_QUERY_RESULT>(withFuture, NEWS_PAGE_QUERY, { ...FIRST_PAGE, start: 0, end: 10 })
    expect(page.items.map((item) => item.slug)).toEqual(slugs.slice(0, 10))
    const dates = page.items.map((item) => item.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(await runQuery<NEWS_ITEM_QUERY_RESULT>(withFuture, NEWS_ITEM_QUERY, { slug: 'not-yet-due' })).toBeNull()
  })

  it('pages through 23 items ten at a time without gaps or repeats', async () => {
    const items = Array.from({ length: 23 }, (_, index) => ({
      _id: `news-${index}`,
      _type: 'newsItem',
      title: `Item ${index}`,
      slug: { _type: 'slug', current: `item-${index}` },
      publishedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    }))
    const pages = await Promise.all(
      [0, 10, 20].map((start) => runQuery<NEWS_PAGE_QUERY_RESULT>(items, NEWS_PAGE_QUERY, { ...FIRST_PAGE, start, end: start + 10 })),
    )
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3])
    expect(pages[0].items[0].title).toBe('Item 22')
    expect(pages.flatMap((page) => page.items.map((item) => item.title))).toEqual(items.map((item) => item.title).reverse())
    // The same pages by filter cursor (the last item of the previous page), as the list reads them, with equal
    // dates ordered by _id.
    const sameDay = items.map((item, index) => (index < 5 ? { ...item, publishedAt: '2026-01-01T00:00:00.000Z' } : item))
    const walked: string[] = []
    let before = null as { publishedAt: string; _id: string } | null
    for (let page = 0; page < 4; page++) {
      const { items: slice }: NEWS_PAGE_QUERY_RESULT = await runQuery<NEWS_PAGE_QUERY_RESULT>(sameDay, NEWS_PAGE_QUERY, {
        before: before?.publishedAt ?? null,
        beforeId: before?._id ?? null,
        start: 0,
        end: 10,
      })
      walked.push(...slice.map((item) => item._id))
      before = slice.length > 0 ? { publishedAt: slice[slice.length - 1].publishedAt!, _id: slice[slice.length - 1]._id } : before
    }
    expect(walked).toHaveLength(23)
    expect(new Set(walked).size).toBe(23)
  })

  it('returns a dated item with http(s) sources and a claim status', async () => {
    const [slug] = await runQuery<NEWS_SLUGS_QUERY_RESULT>(seed, NEWS_SLUGS_QUERY, { limit: 1000 })
    const item = await runQuery<NEWS_ITEM_QUERY_RESULT>(seed, NEWS_ITEM_QUERY, { slug })
    expect(item?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(['confirmed', 'expected', 'rumored']).toContain(item?.status)
    for (const source of item?.sources ?? []) expect(source.url).toMatch(/^https?:\/\//)
  })
})

describe('PAGE_SLUGS_QUERY and PAGE_QUERY', () => {
  it('finds the about and editorial policy pages, with titles, descriptions and bodies', async () => {
    const slugs = await runQuery<PAGE_SLUGS_QUERY_RESULT>(seed, PAGE_SLUGS_QUERY)
    expect([...slugs].sort()).toEqual(['about', 'editorial-policy'])
    for (const slug of slugs) {
      const page = await runQuery<PAGE_QUERY_RESULT>(seed, PAGE_QUERY, { slug })
      expect(page?.title).toBeTruthy()
      expect(page?.seo?.description?.length).toBeGreaterThanOrEqual(50)
      expect(wordCount(textOf(page?.body))).toBeGreaterThan(150)
    }
  })

  it('links the two pages to each other', async () => {
    const about = await runQuery<PAGE_QUERY_RESULT>(seed, PAGE_QUERY, { slug: 'about' })
    const hrefs = (about?.body ?? []).flatMap((member) => (member._type === 'block' ? (member.markDefs ?? []).map((mark) => internalLinkPath(mark)) : []))
    expect(hrefs).toContain('/editorial-policy')
  })

  it('does not find a guide by its slug, nor an unknown page', async () => {
    expect(await runQuery<PAGE_QUERY_RESULT>(seed, PAGE_QUERY, { slug: 'windows-12-features' })).toBeNull()
    expect(await runQuery<PAGE_QUERY_RESULT>(seed, PAGE_QUERY, { slug: 'nope' })).toBeNull()
  })
})

describe('FAQ_SECTION_QUERY', () => {
  const section = (documents: typeof seed, slug: string, start = 0, end = 1_000) =>
    runQuery<FAQ_SECTION_QUERY_RESULT>(documents, FAQ_SECTION_QUERY, { section: slug, categories: [...FAQ_CATEGORY_VALUES], start, end })

  it('returns every FAQ once across the sections (including the seed four), each section in editorial order', async () => {
    const questions: string[] = []
    for (const { slug } of FAQ_SECTIONS) {
      const faqs = await section(seed, slug)
      const orders = faqs.map((faq) => (seed.find((doc) => doc._id === faq._id) as { order?: number }).order ?? Infinity)
      expect(orders).toEqual([...orders].sort((a, b) => a - b))
      questions.push(...faqs.map((faq) => faq.question))
    }
    expect(questions).toHaveLength(seed.filter((doc) => doc._type === 'faq').length)
    for (const pattern of [/free/i, /ISO.*released|released.*ISO/i, /upgrade from Windows 11/i, /safe to download/i]) {
      expect(questions.some((question) => pattern.test(question))).toBe(true)
    }
  })

  it('files entries without a known category under "other", and reads a section by slices', async () => {
    const strays = [
      { _id: 'faq-stray-a', _type: 'faq', question: 'Stray A?', order: 2 },
      { _id: 'faq-stray-b', _type: 'faq', question: 'Stray B?', category: 'retired-category', order: 1 },
    ]
    expect((await section([...seed, ...strays], 'other')).map((faq) => faq._id)).toEqual(['faq-stray-b', 'faq-stray-a'])
    expect(await section(seed, 'other')).toEqual([])
    const all = await section(seed, 'availability')
    expect(await section(seed, 'availability', 1, 2)).toEqual(all.slice(1, 2))
  })
})

describe('broken references', () => {
  it('gives null links and null related entries, not errors, when a referenced guide is deleted', async () => {
    const withoutReleaseGuide = seed.filter((doc) => doc._id !== 'guide-release-date')
    const guide = await runQuery<GUIDE_QUERY_RESULT>(withoutReleaseGuide, GUIDE_QUERY, { slug: 'windows-12-iso-download' })
    const hrefs = (guide?.body ?? []).flatMap((member) =>
      member._type === 'block' ? (member.markDefs ?? []).filter((mark) => mark._type === 'internalLink').map((mark) => internalLinkPath(mark)) : [],
    )
    expect(hrefs).not.toContain('/windows-12-release-date')
    const original = await runQuery<GUIDE_QUERY_RESULT>(seed, GUIDE_QUERY, { slug: 'windows-12-iso-download' })
    const originalHrefs = (original?.body ?? []).flatMap((member) =>
      member._type === 'block' ? (member.markDefs ?? []).filter((mark) => mark._type === 'internalLink').map((mark) => internalLinkPath(mark)) : [],
    )
    expect(originalHrefs).toContain('/windows-12-release-date')
    // Each link to the deleted guide became null; the others are unchanged.
    expect(hrefs.filter((href) => href === null).length).toBe(originalHrefs.filter((href) => href === '/windows-12-release-date').length)
  })
})
