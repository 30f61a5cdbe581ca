import type { ArraySchemaType, ObjectSchemaType, SchemaType } from 'sanity'
import { sourceChoices } from '@/sanity/components/ClaimSourceInput'
import { setToday } from '../support/clock'
import type { StandInDocument } from '../support/sanity-api-standin'
import { documentCopy, loadSeed } from '../support/seed'
import { studioTestbedForThisFile } from '../support/studio-workspace'

/*
 * The editorial-trust fields in the Studio: claims, sources, change log, review date, bylines and superseded news.
 * Each case starts from a valid seed document and breaks one thing, so the expected problems are exactly these.
 */
jest.setTimeout(60_000)

const seed = loadSeed()
const studio = studioTestbedForThisFile(seed)
afterEach(() => jest.useRealTimers())

const seedDocument = (id: string): StandInDocument => documentCopy(seed, id)

type Source = { _key: string; label?: string; url?: string; accessedAt?: string }
const sourcesOf = (document: StandInDocument) => document.sources as Source[]

const paragraph = (markDefs: object[]) => ({
  _type: 'block',
  _key: 'p1',
  style: 'normal',
  markDefs,
  children: [{ _type: 'span', _key: 's1', text: 'Windows 12 will need an NPU', marks: markDefs.map((mark) => (mark as { _key: string })._key) }],
})

/** The features guide with a body of one paragraph marked with the given claim. */
function guideWithClaim(claim: object) {
  const guide = seedDocument('guide-features')
  guide.body = [paragraph([{ _type: 'claim', _key: 'c1', ...claim }])]
  return guide
}

/** The features guide with a one-paragraph body and no claims, so its sources can change freely. */
function guideWithPlainBody() {
  const guide = seedDocument('guide-features')
  guide.body = [paragraph([])]
  return guide
}

const claimPath = 'body[_key=="p1"].markDefs[_key=="c1"]'

describe('claims', () => {
  it('need a status', async () => {
    expect(await studio.validate(guideWithClaim({}))).toEqual([
      { path: `${claimPath}.status`, level: 'error', message: 'Choose how sure this is: confirmed, expected or rumored. Readers see it as a badge.' },
    ])
    const outside = await studio.validate(guideWithClaim({ status: 'certain' }))
    expect(outside).toEqual([{ path: `${claimPath}.status`, level: 'error', message: expect.any(String) }])
  })

  it.each(['confirmed', 'expected', 'rumored'])('accept the status %s without a source', async (status) => {
    expect(await studio.validate(guideWithClaim({ status }))).toEqual([])
  })

  it('may point to an entry of the page’s sources, and only to one that is listed', async () => {
    const [first] = sourcesOf(seedDocument('guide-features'))
    expect(await studio.validate(guideWithClaim({ status: 'confirmed', source: first._key }))).toEqual([])
    expect(await studio.validate(guideWithClaim({ status: 'confirmed', source: 'deleted-source' }))).toEqual([
      {
        path: `${claimPath}.source`,
        level: 'error',
        message: 'This claim points to a source that is not in the Sources list of this page. Choose one of the listed sources, or clear the field.',
      },
    ])
  })

  it('are checked in FAQ answers too, where there is no sources list to point to', async () => {
    const faq = seedDocument('faq-is-windows-12-free')
    faq.answer = [paragraph([{ _type: 'claim', _key: 'c1', source: 'anything' }])]
    expect(await studio.validate(faq)).toEqual([
      { path: 'answer[_key=="p1"].markDefs[_key=="c1"].source', level: 'error', message: expect.stringContaining('not in the Sources list') },
      { path: 'answer[_key=="p1"].markDefs[_key=="c1"].status', level: 'error', message: expect.stringContaining('Choose how sure this is') },
    ])
  })

  it('offer the page’s sources as numbered choices, by key', () => {
    expect(
      sourceChoices([
        { _key: 'a', label: 'Microsoft: Windows 10 end of support' },
        { _key: 'b', label: '  ' },
        { label: 'No key: cannot be pointed to' },
        null,
      ]),
    ).toEqual([
      { title: '1. Microsoft: Windows 10 end of support', value: 'a' },
      { title: '2. Unnamed source', value: 'b' },
    ])
    expect(sourceChoices(undefined)).toEqual([])
  })
})

describe('rich text marks', () => {
  const spanTypeOf = (arrayName: string) => {
    const array = studio.workspace.schema.get(arrayName) as ArraySchemaType | undefined
    const block = array?.of.find((member) => member.name === 'block') as ObjectSchemaType | undefined
    const children = block?.fields.find((field) => field.name === 'children')?.type as ArraySchemaType | undefined
    return children?.of.find((member) => member.name === 'span') as (SchemaType & { decorators?: { value: string; title: string }[] }) | undefined
  }

  it.each(['richText', 'simpleRichText'])('%s offers inline code and keyboard keys besides bold and italic', (name) => {
    expect(spanTypeOf(name)?.decorators?.map(({ value, title }) => [value, title])).toEqual([
      ['strong', 'Strong'],
      ['em', 'Emphasis'],
      ['code', 'Inline code'],
      ['kbd', 'Keyboard key'],
    ])
  })
})

describe('sources', () => {
  const withFirstSource = (change: (source: Source) => void) => {
    const guide = guideWithPlainBody()
    change(sourcesOf(guide)[0])
    return { guide, path: `sources[_key=="${sourcesOf(guide)[0]._key}"]` }
  }

  it('need an http(s) address and a label', async () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.com/file', '/relative', undefined]) {
      const { guide, path } = withFirstSource((source) => {
        if (url === undefined) delete source.url
        else source.url = url
      })
      expect(await studio.validate(guide)).toEqual([
        { path: `${path}.url`, level: 'error', message: 'Add the full web address of the source, starting with https:// (or http://).' },
      ])
    }
    const { guide, path } = withFirstSource((source) => delete source.label)
    expect(await studio.validate(guide)).toEqual([{ path: `${path}.label`, level: 'error', message: 'Name the source; readers see this text as the link.' }])
  })

  it('warn without an access date and refuse one in the future', async () => {
    setToday('2026-11-23T12:00:00Z')
    const missing = withFirstSource((source) => delete source.accessedAt)
    expect(await studio.validate(missing.guide)).toEqual([
      { path: `${missing.path}.accessedAt`, level: 'warning', message: 'Add the day you last checked this source, so readers can tell how current it is.' },
    ])
    const future = withFirstSource((source) => (source.accessedAt = '2026-11-24'))
    expect(await studio.validate(future.guide)).toEqual([
      { path: `${future.path}.accessedAt`, level: 'error', message: 'This day has not come yet. Use the day you last opened the source.' },
    ])
  })

  it('are expected on every guide and news item: an empty list is a warning', async () => {
    const guide = guideWithPlainBody()
    guide.sources = []
    expect(await studio.validate(guide)).toEqual([
      { path: 'sources', level: 'warning', message: 'List at least one source, so readers can check where the facts come from.' },
    ])
    const news = seedDocument('news-windows-12-ai-features-expanding')
    delete news.sources
    expect(await studio.validate(news)).toEqual([
      { path: 'sources', level: 'warning', message: 'List at least one source, so readers can check where the facts come from.' },
    ])
  })
})

describe('change log', () => {
  it('needs a date and a one-line summary on every entry', async () => {
    const guide = seedDocument('guide-features')
    guide.updates = [{ _type: 'update', _key: 'u1' }]
    expect(await studio.validate(guide)).toEqual([
      { path: 'updates[_key=="u1"].date', level: 'error', message: 'Give the date of the change.' },
      { path: 'updates[_key=="u1"].summary', level: 'error', message: 'Say in one line what changed.' },
    ])
    guide.updates = [{ _type: 'update', _key: 'u1', date: '2026-11-22', summary: 'x'.repeat(161) }]
    expect(await studio.validate(guide)).toEqual([
      { path: 'updates[_key=="u1"].summary', level: 'warning', message: 'Keep it to one line (160 characters at most); details belong in the guide.' },
    ])
  })
})

describe('review date', () => {
  const reviewed = (reviewedAt: string) => ({ ...seedDocument('guide-features'), reviewedAt })

  it('warns once a review is more than 90 days old', async () => {
    setToday('2026-11-22T12:00:00Z')
    expect(await studio.validate(reviewed('2026-08-24'))).toEqual([])
    expect(await studio.validate(reviewed('2026-08-23'))).toEqual([
      {
        path: 'reviewedAt',
        level: 'warning',
        message:
          "Reviewed 91 days ago. Check the claims against the sources, then set today's date. After 180 days readers are told that details may have changed.",
      },
    ])
  })

  it('refuses a review date in the future', async () => {
    setToday('2026-11-22T12:00:00Z')
    expect(await studio.validate(reviewed('2026-11-23'))).toEqual([
      { path: 'reviewedAt', level: 'error', message: 'This day has not come yet. Use the day you actually checked the claims.' },
    ])
  })
})

describe('bylines and people', () => {
  it('warns when a guide names no author or reviewer, or a news item no author', async () => {
    const guide = seedDocument('guide-features')
    delete guide.author
    delete guide.reviewer
    expect(await studio.validate(guide)).toEqual([
      { path: 'author', level: 'warning', message: 'Choose the author: readers trust a page that says who stands behind it.' },
      { path: 'reviewer', level: 'warning', message: 'Choose the reviewer: readers trust a page that says who stands behind it.' },
    ])
    const news = seedDocument('news-windows-10-end-of-support')
    delete news.author
    expect(await studio.validate(news)).toEqual([
      { path: 'author', level: 'warning', message: 'Choose the author: readers trust a page that says who stands behind it.' },
    ])
  })

  it('a person needs a name, and an image needs alternative text', async () => {
    const person = seedDocument('person-editorial-team')
    expect(await studio.validate(person)).toEqual([])
    delete person.name
    expect(await studio.validate(person)).toEqual([{ path: 'name', level: 'error', message: 'Give the name readers see in the byline.' }])
    studio.standIn.upsert({ _id: 'image-team-400x400-png', _type: 'sanity.imageAsset' })
    const withImage = { ...seedDocument('person-editorial-team'), image: { _type: 'image', asset: { _type: 'reference', _ref: 'image-team-400x400-png' } } }
    expect(await studio.validate(withImage)).toEqual([
      { path: 'image.alt', level: 'error', message: 'Describe the image in a few words: readers who cannot see it rely on this text.' },
    ])
    expect(await studio.validate({ ...withImage, image: { ...withImage.image, alt: 'The Windows 12 Guide logo' } })).toEqual([])
  })
})

describe('superseded news', () => {
  const supersededBy = (ref: string) => ({ ...seedDocument('news-windows-10-end-of-support'), supersededBy: { _type: 'reference', _ref: ref } })

  it('accepts a newer item', async () => {
    expect(await studio.validate(supersededBy('news-windows-12-november-2026-status-check'))).toEqual([])
  })

  it('refuses an older item and the item itself', async () => {
    expect(await studio.validate(supersededBy('news-windows-12-ai-features-expanding'))).toEqual([
      {
        path: 'supersededBy',
        level: 'error',
        message: 'Only a newer item can supersede this one: the chosen item is dated 10 September 2024, this one 14 October 2025.',
      },
    ])
    expect(await studio.validate(supersededBy('news-windows-10-end-of-support'))).toEqual([
      { path: 'supersededBy', level: 'error', message: 'An item cannot supersede itself. Choose a newer item.' },
    ])
  })
})

describe('previews', () => {
  const preview = (typeName: string, selected: Record<string, unknown>) => {
    const prepare = studio.workspace.schema.get(typeName)?.preview?.prepare
    if (!prepare) throw new Error(`${typeName} has no preview`)
    return prepare(selected)
  }

  it('a news item shows its status and whether it is superseded', () => {
    expect(
      preview('newsItem', {
        title: 'Windows 10 support ends on 14 October 2025',
        publishedAt: '2025-10-14T08:00:00Z',
        status: 'confirmed',
        supersededBy: 'Windows 12 misses the rumored late 2025 to early 2026 window',
      }),
    ).toEqual({
      title: 'Windows 10 support ends on 14 October 2025',
      subtitle: '2025-10-14 · Confirmed · Superseded by "Windows 12 misses the rumored late 2025 to early 2026 window"',
    })
    expect(preview('newsItem', { title: 'Draft', publishedAt: '2025-10-14T08:00:00Z' }).subtitle).toBe('2025-10-14 · No status')
  })

  it('a person shows name and role; a source its address and access date', () => {
    expect(preview('person', { title: 'Windows 12 Guide editors', subtitle: 'Editorial team' })).toMatchObject({
      title: 'Windows 12 Guide editors',
      subtitle: 'Editorial team',
    })
    expect(preview('person', {}).title).toBe('Unnamed person')
    expect(preview('source', { title: 'Microsoft: Windows 10 end of support', url: 'https://www.microsoft.com/windows/end-of-support', accessedAt: '2026-11-22' })).toEqual({
      title: 'Microsoft: Windows 10 end of support',
      subtitle: 'https://www.microsoft.com/windows/end-of-support · accessed 2026-11-22',
    })
  })
})
