import type { StandInDocument } from '../support/sanity-api-standin'
import { setToday } from '../support/clock'
import { documentCopy, loadSeed } from '../support/seed'
import { studioTestbedForThisFile, type Problem } from '../support/studio-workspace'

/*
 * The schema's validation rules, run by Sanity's own validateDocument on the Studio workspace built from
 * sanity.config.ts. Each invalid case starts from a valid seed document and breaks one thing, so the expected
 * problems are exactly the ones listed.
 */
jest.setTimeout(60_000)

const seed = loadSeed()
const studio = studioTestbedForThisFile(seed)

const seedDocument = (id: string): StandInDocument => documentCopy(seed, id)

const errors = (problems: Problem[]) => problems.filter((problem) => problem.level === 'error')

describe('the embedded dataset', () => {
  // The seed is dated content: checked on the day after its last review, so its review dates are recent and no
  // access date lies in the future. (Later, the Studio rightly warns that the reviews are getting old.)
  beforeEach(() => setToday('2026-11-23T12:00:00Z'))
  afterEach(() => jest.useRealTimers())

  it('passes every rule: no errors and no warnings in any document', async () => {
    expect(seed.length).toBeGreaterThan(30)
    const failing: Record<string, Problem[]> = {}
    for (const document of seed) {
      const problems = await studio.validate(document)
      if (problems.length > 0) failing[document._id] = problems
    }
    expect(failing).toEqual({})
  })
})

describe('titles and slugs', () => {
  it.each([
    ['guide-features', 'title', 'Give the guide a title: it is the page heading.'],
    ['news-windows-10-end-of-support', 'title', 'Give the news item a headline.'],
    ['faq-is-windows-12-free', 'question', 'Write the question: it is the title of this entry.'],
    ['comparisonTable-windows-11-vs-windows-12', 'title', 'Give the table a title.'],
    ['requirements-windows-12', 'title', 'Give the requirements a title.'],
    ['milestone-windows-11-release', 'title', 'Give the milestone a title.'],
    ['siteSettings', 'title', 'Give the site a name.'],
  ])('%s without its %s is refused', async (id, field, message) => {
    const document = seedDocument(id)
    delete document[field]
    expect(await studio.validate(document)).toEqual([{ path: field, level: 'error', message }])
  })

  it.each(['guide-features', 'news-windows-10-end-of-support'])('%s without a slug is refused', async (id) => {
    const document = seedDocument(id)
    delete document.slug
    const problems = await studio.validate(document)
    // Sanity's slug type reports the missing slug on the field and on its `current` part.
    expect(problems).toContainEqual({ path: 'slug', level: 'error', message: 'Required' })
    expect(problems.every((problem) => problem.level === 'error' && problem.path.startsWith('slug'))).toBe(true)
  })

  it('refuses a slug another guide already uses', async () => {
    const copy = { ...seedDocument('guide-features'), _id: 'guide-features-copy', title: 'Windows 12 features, again' }
    expect(await studio.validate(copy)).toEqual([{ path: 'slug', level: 'error', message: 'Slug is already in use' }])
  })

  it('refuses a page slug a guide uses, and a guide slug a page uses: both live at /slug', async () => {
    const page = { ...seedDocument('page-about'), _id: 'page-features', slug: { _type: 'slug', current: 'windows-12-features' } }
    expect(await studio.validate(page)).toEqual([{ path: 'slug', level: 'error', message: 'Slug is already in use' }])
    const guide = seedDocument('guide-features')
    guide.slug = { _type: 'slug', current: 'about' }
    expect(await studio.validate(guide)).toEqual([{ path: 'slug', level: 'error', message: 'Slug is already in use' }])
  })

  it('refuses a page without a title or body, or at the address of a section of the site', async () => {
    const page = seedDocument('page-editorial-policy')
    delete page.title
    delete page.body
    page.slug = { _type: 'slug', current: 'news' }
    const problems = errors(await studio.validate(page))
    expect(problems).toHaveLength(3)
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'title', level: 'error', message: 'Give the page a title: it is the page heading.' },
        { path: 'slug', level: 'error', message: '"news" is already the address of a section of the site. Choose another slug.' },
        { path: 'body', level: 'error', message: 'The page has no text yet. Write the body before publishing.' },
      ]),
    )
  })

  it('allows the same slug in a different type, and in the draft of the same document', async () => {
    const news = seedDocument('news-windows-10-end-of-support')
    news.slug = { _type: 'slug', current: 'windows-12-features' }
    expect(await studio.validate(news)).toEqual([])
    const draft = { ...seedDocument('guide-features'), _id: 'drafts.guide-features', title: 'Windows 12 features (draft)' }
    expect(await studio.validate(draft)).toEqual([])
  })

  it.each(['Windows-12', 'windows 12', 'windows--12', '-windows-12', 'windows-12-', 'windows_12', 'windows-12/iso', 'wíndows'])(
    'refuses the slug %j: not lowercase words joined by single hyphens',
    async (slug) => {
      const document = seedDocument('guide-features')
      document.slug = { _type: 'slug', current: slug }
      const problems = await studio.validate(document)
      expect(problems).toEqual([{ path: 'slug', level: 'error', message: expect.stringContaining('Use only lowercase letters, digits and single hyphens') }])
    },
  )

  it('refuses a guide slug that is the address of a section of the site, but not for a news item', async () => {
    const guide = seedDocument('guide-features')
    guide.slug = { _type: 'slug', current: 'news' }
    expect(await studio.validate(guide)).toEqual([
      { path: 'slug', level: 'error', message: '"news" is already the address of a section of the site. Choose another slug.' },
    ])
    const news = seedDocument('news-windows-10-end-of-support')
    news.slug = { _type: 'slug', current: 'faq' }
    expect(await studio.validate(news)).toEqual([])
  })

  it('the "Generate" button builds a valid slug from a title', async () => {
    const slugType = studio.workspace.schema.get('guide')
    const slugField = slugType && 'fields' in slugType ? slugType.fields.find((field) => field.name === 'slug') : undefined
    const slugify = slugField?.type.options && 'slugify' in slugField.type.options ? slugField.type.options.slugify : undefined
    expect(typeof slugify).toBe('function')
    const make = slugify as (input: string) => string
    expect(make("Windows 12: What's New in the Start Menu?")).toBe('windows-12-whats-new-in-the-start-menu')
    expect(make('  Développeurs & IT-Pros  ')).toBe('developpeurs-it-pros')
  })
})

describe('search descriptions (warnings, publishing stays possible)', () => {
  const withDescription = (description: string) => {
    const document = seedDocument('guide-features')
    document.seo = { _type: 'seo', title: 'Windows 12 features', description }
    return document
  }

  it('warns below 50 characters and above 160, with the count', async () => {
    const short = 'Windows 12 features, expected and rumored.'
    expect(await studio.validate(withDescription(short))).toEqual([
      { path: 'seo.description', level: 'warning', message: expect.stringContaining(`this has ${short.length}`) },
    ])
    const long = 'x'.repeat(161)
    expect(await studio.validate(withDescription(long))).toEqual([
      { path: 'seo.description', level: 'warning', message: expect.stringContaining('this has 161') },
    ])
  })

  it('accepts 50 and 160 characters', async () => {
    expect(await studio.validate(withDescription('y'.repeat(50)))).toEqual([])
    expect(await studio.validate(withDescription('y'.repeat(160)))).toEqual([])
  })

  it('applies to the news excerpt and the default description too', async () => {
    const news = seedDocument('news-windows-10-end-of-support')
    news.excerpt = 'Too short.'
    expect(await studio.validate(news)).toEqual([{ path: 'excerpt', level: 'warning', message: expect.stringContaining('this has 10') }])
    const settings = seedDocument('siteSettings')
    settings.description = 'z'.repeat(200)
    expect(await studio.validate(settings)).toEqual([{ path: 'description', level: 'warning', message: expect.stringContaining('this has 200') }])
  })
})

describe('news', () => {
  it('refuses a news item without a publication date', async () => {
    const news = seedDocument('news-windows-10-end-of-support')
    delete news.publishedAt
    expect(await studio.validate(news)).toEqual([
      { path: 'publishedAt', level: 'error', message: 'Set the publication date: news without a date is never shown on the site.' },
    ])
  })

  it('refuses a source whose address is not http(s)', async () => {
    const news = seedDocument('news-windows-10-end-of-support')
    const [first] = news.sources as { _key: string; url?: string }[]
    first.url = 'javascript:alert(1)'
    expect(await studio.validate(news)).toEqual([
      { path: `sources[_key=="${first._key}"].url`, level: 'error', message: 'Add the full web address of the source, starting with https:// (or http://).' },
    ])
    delete first.url
    expect(await studio.validate(news)).toEqual([
      { path: `sources[_key=="${first._key}"].url`, level: 'error', message: 'Add the full web address of the source, starting with https:// (or http://).' },
    ])
  })
})

/** A guide whose body is one paragraph with the given extra blocks and link annotations. */
function guideWithBody(blocks: object[], markDefs: object[] = []) {
  const document = seedDocument('guide-features')
  document.body = [
    {
      _type: 'block',
      _key: 'p1',
      style: 'normal',
      markDefs,
      children: [{ _type: 'span', _key: 's1', text: 'See this.', marks: markDefs.map((mark) => (mark as { _key: string })._key) }],
    },
    ...blocks,
  ]
  return document
}

describe('rich text', () => {
  const image = (fields: object) => ({ _type: 'image', _key: 'img', asset: { _type: 'reference', _ref: 'image-abc-800x600-png' }, ...fields })

  it('refuses an image without alternative text, and accepts one with it', async () => {
    studio.standIn.upsert({ _id: 'image-abc-800x600-png', _type: 'sanity.imageAsset' })
    expect(await studio.validate(guideWithBody([image({})]))).toEqual([
      { path: 'body[_key=="img"].alt', level: 'error', message: 'Describe the image in a sentence: readers who cannot see it rely on this text.' },
    ])
    expect(await studio.validate(guideWithBody([image({ alt: 'The Windows 12 Start menu, centred' })]))).toEqual([])
  })

  it.each(['javascript:alert(1)', 'mailto:editor@example.com', '/relative/path', 'ftp://example.com/file'])(
    'refuses the external link %j',
    async (href) => {
      const problems = await studio.validate(guideWithBody([], [{ _type: 'link', _key: 'l1', href }]))
      expect(problems).toEqual([
        { path: 'body[_key=="p1"].markDefs[_key=="l1"].href', level: 'error', message: 'Add the full web address this text links to, starting with https:// (or http://).' },
      ])
    },
  )

  it('accepts http and https links', async () => {
    const links = [
      { _type: 'link', _key: 'l1', href: 'https://www.microsoft.com/windows' },
      { _type: 'link', _key: 'l2', href: 'http://example.com/' },
    ]
    expect(await studio.validate(guideWithBody([], links))).toEqual([])
  })

  it('refuses an internal link without a guide or page', async () => {
    const problems = await studio.validate(guideWithBody([], [{ _type: 'internalLink', _key: 'i1' }]))
    expect(problems).toEqual([
      { path: 'body[_key=="p1"].markDefs[_key=="i1"].reference', level: 'error', message: 'Choose the guide or page this text links to.' },
    ])
  })
})

describe('comparison tables', () => {
  const withRow = (row: object) => {
    const table = seedDocument('comparisonTable-windows-11-vs-windows-12')
    table.rows = [{ _type: 'comparisonRow', _key: 'r1', feature: 'Start menu', ...row }]
    return table
  }

  it('accepts exactly one value per column and a status', async () => {
    expect(await studio.validate(withRow({ values: ['Centred', 'Adaptive'], status: 'rumored' }))).toEqual([])
  })

  it.each([
    [['Centred'], 'This row has 1 value but the table has 2 columns.'],
    [['Centred', 'Adaptive', 'Extra'], 'This row has 3 values but the table has 2 columns.'],
    [[], 'This row has 0 values but the table has 2 columns.'],
  ])('refuses the values %j for two columns', async (values, start) => {
    const problems = await studio.validate(withRow({ values, status: 'expected' }))
    expect(problems).toEqual([{ path: 'rows[_key=="r1"].values', level: 'error', message: expect.stringContaining(start) }])
  })

  it('refuses an empty value', async () => {
    const problems = await studio.validate(withRow({ values: ['Centred', '  '], status: 'expected' }))
    expect(problems).toEqual([
      { path: 'rows[_key=="r1"].values', level: 'error', message: 'A value is empty. Write something in every column, e.g. "Not announced".' },
    ])
  })

  it('refuses a row without a status, and a status outside the list', async () => {
    expect(await studio.validate(withRow({ values: ['a', 'b'] }))).toEqual([
      { path: 'rows[_key=="r1"].status', level: 'error', message: expect.stringContaining('Choose how sure this is') },
    ])
    expect(errors(await studio.validate(withRow({ values: ['a', 'b'], status: 'certain' })))).toEqual([
      { path: 'rows[_key=="r1"].status', level: 'error', message: expect.any(String) },
    ])
  })

  it.each([[['Windows 12']], [[]], [undefined]])('refuses the columns %j and a table without rows', async (columns) => {
    const table = seedDocument('comparisonTable-windows-11-vs-windows-12')
    table.columns = columns
    table.rows = []
    const problems = await studio.validate(table)
    expect(problems).toEqual([
      { path: 'columns', level: 'error', message: 'A comparison needs at least two columns.' },
      { path: 'rows', level: 'error', message: 'Add at least one row.' },
    ])
  })

  it('refuses two columns with the same heading', async () => {
    const table = seedDocument('comparisonTable-windows-11-vs-windows-12')
    table.columns = ['Windows 12', 'Windows 12']
    expect(await studio.validate(table)).toEqual([
      { path: 'columns[0]', level: 'error', message: 'Two columns have the same heading.' },
      { path: 'columns[1]', level: 'error', message: 'Two columns have the same heading.' },
    ])
  })
})

describe('requirements', () => {
  const withMinimum = (values: Record<string, unknown>) => {
    const document = seedDocument('requirements-windows-12')
    document.minimum = { ...(document.minimum as object), ...values }
    return document
  }

  it.each([
    [{ ramGb: 0 }, 'minimum.ramGb', 'Use a number of at least 1.'],
    [{ ramGb: -8 }, 'minimum.ramGb', 'Use a number of at least 1.'],
    [{ cpuCores: 2.5 }, 'minimum.cpuCores', 'Use a whole number.'],
    [{ storageGb: 1_000_000 }, 'minimum.storageGb', '100000 is the most this can be; check the number.'],
    [{ displayHeightPx: 100 }, 'minimum.displayHeightPx', 'Use a number of at least 240.'],
    [{ directX: 3 }, 'minimum.directX', 'Use a number of at least 9.'],
    [{ tpmVersion: 12 }, 'minimum.tpmVersion', '3 is the most this can be; check the number.'],
    [{ npuTops: 0 }, 'minimum.npuTops', 'Use a number of at least 1.'],
    [{ npuTops: 50_000 }, 'minimum.npuTops', '10000 is the most this can be; check the number.'],
  ])('refuses %j', async (values, path, message) => {
    expect(errors(await studio.validate(withMinimum(values)))).toEqual([{ path, level: 'error', message }])
  })

  it('accepts TPM 1.2 and other values in range', async () => {
    expect(await studio.validate(withMinimum({ tpmVersion: 1.2, ramGb: 4, cpuCores: 64 }))).toEqual([])
  })

  it('accepts the checker’s yes/no requirements and an NPU figure at either level', async () => {
    const document = withMinimum({ cpu64Bit: false, secureBoot: true, npuTops: 10 })
    document.recommended = { ...(document.recommended as object), cpu64Bit: true, npuTops: 45.5 }
    expect(await studio.validate(document)).toEqual([])
  })

  it('warns when the recommended level switches off what the minimum requires, or asks for a slower NPU', async () => {
    const document = withMinimum({ npuTops: 40 })
    document.recommended = { ...(document.recommended as object), npuTops: 16, secureBoot: false }
    expect(await studio.validate(document)).toEqual([
      {
        path: 'recommended',
        level: 'warning',
        message: 'Recommended is lower than minimum for: NPU (TOPS), UEFI with Secure Boot. Check the numbers.',
      },
    ])
  })

  it('warns when a recommended value is below the minimum', async () => {
    const document = seedDocument('requirements-windows-12')
    document.recommended = { ...(document.recommended as object), ramGb: 4 }
    expect(await studio.validate(document)).toEqual([
      { path: 'recommended', level: 'warning', message: 'Recommended is lower than minimum for: RAM (GB). Check the numbers.' },
    ])
  })
})

describe('site settings navigation', () => {
  type NavGroup = { _type: string; _key: string; title?: string; links?: { _type: string; _key: string; guide?: object; icon?: string }[] }
  const link = (key: string, ref?: string) => ({ _type: 'navLink', _key: key, icon: 'book', ...(ref ? { guide: { _type: 'reference', _ref: ref } } : {}) })

  it('refuses a group without a heading or without guides, and a link without a guide', async () => {
    const settings = seedDocument('siteSettings')
    const groups = settings.navigation as NavGroup[]
    delete groups[0].title
    groups[1].links = []
    groups.push({ _type: 'navGroup', _key: 'g3', title: 'More', links: [link('l1')] })
    const problems = errors(await studio.validate(settings)).map(({ path, message }) => ({ path, message }))
    expect(problems).toHaveLength(3)
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: `navigation[_key=="${groups[0]._key}"].title`, message: 'Give the group a heading.' },
        { path: `navigation[_key=="${groups[1]._key}"].links`, message: 'Add at least one guide to the group, or remove the group.' },
        { path: 'navigation[_key=="g3"].links[_key=="l1"].guide', message: 'Choose the guide to link to.' },
      ]),
    )
  })

  it('refuses a guide listed in two groups, naming both', async () => {
    const settings = seedDocument('siteSettings')
    const groups = settings.navigation as NavGroup[]
    groups[1].links?.push(link('again', 'guide-iso-download'))
    expect(errors(await studio.validate(settings))).toEqual([
      { path: 'navigation', level: 'error', message: 'A guide is listed in both "Get Windows 12" and "About Windows 12". Keep it in one group.' },
    ])
  })

  it('refuses a page listed twice in the footer', async () => {
    const settings = seedDocument('siteSettings')
    settings.footerLinks = [
      { _type: 'reference', _key: 'a', _ref: 'page-about' },
      { _type: 'reference', _key: 'b', _ref: 'page-about' },
    ]
    // Sanity marks each of the duplicates.
    const messages = errors(await studio.validate(settings)).map((problem) => problem.message)
    expect(messages.length).toBeGreaterThan(0)
    expect(new Set(messages)).toEqual(new Set(['This page is in the footer twice.']))
  })
})

describe('other required fields', () => {
  it('refuses a FAQ without category or answer, and a milestone without date or status', async () => {
    const faq = seedDocument('faq-is-windows-12-free')
    delete faq.category
    delete faq.answer
    expect((await studio.validate(faq)).map(({ path, level }) => ({ path, level }))).toEqual([
      { path: 'answer', level: 'error' },
      { path: 'category', level: 'error' },
    ])
    const milestone = seedDocument('milestone-windows-11-release')
    delete milestone.date
    delete milestone.status
    expect((await studio.validate(milestone)).map(({ path, level }) => ({ path, level }))).toEqual([
      { path: 'date', level: 'error' },
      { path: 'status', level: 'error' },
    ])
  })

  it('refuses a milestone window that ends on or before its first day', async () => {
    const milestone = seedDocument('milestone-windows-12-launch')
    expect(milestone.windowEnd).toBe('2027-03-31')
    for (const windowEnd of ['2026-10-01', '2026-01-01']) {
      expect(await studio.validate({ ...milestone, windowEnd })).toEqual([
        { path: 'windowEnd', level: 'error', message: 'The window must end after its first day (the date above).' },
      ])
    }
    expect(await studio.validate({ ...milestone, windowEnd: '2026-12-16' })).toEqual([])
  })

  it('refuses a guide listed twice as related, or related to itself', async () => {
    const guide = seedDocument('guide-features')
    guide.related = [
      { _type: 'reference', _key: 'a', _ref: 'guide-release-date' },
      { _type: 'reference', _key: 'b', _ref: 'guide-release-date' },
      { _type: 'reference', _key: 'c', _ref: 'guide-features' },
    ]
    expect(errors(await studio.validate(guide)).map((problem) => problem.message)).toEqual(
      expect.arrayContaining(['This guide is listed twice.', 'A guide cannot be related to itself.']),
    )
  })
})
