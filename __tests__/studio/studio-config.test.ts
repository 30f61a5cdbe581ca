import type { DocumentActionsContext, ObjectSchemaType, SchemaType } from 'sanity'
import { createStructureBuilder, ListBuilder, type StructureResolverContext } from 'sanity/structure'
import { locations, mainDocuments } from '@/sanity/presentation-resolve'
import { structure } from '@/sanity/studio-structure'
import { loadSeed } from '../support/seed'
import { studioTestbedForThisFile } from '../support/studio-workspace'

/*
 * What an editor gets from the Studio configured in sanity.config.ts, checked on the workspace Sanity resolves
 * from it: the content lists, the site-settings singleton, list previews, Portable Text block previews, the
 * internal-link annotation and the Presentation tool's locations.
 */
jest.setTimeout(60_000)

const studio = studioTestbedForThisFile(loadSeed())

type Serialized = {
  id: string
  type: string
  title?: string
  items?: Serialized[]
  child?: Serialized
  options?: { id?: string; type?: string; filter?: string; params?: Record<string, unknown>; defaultOrdering?: { field: string; direction: string }[] }
}

/** The structure as the Structure tool receives it (builders serialized to plain nodes). */
async function serializedStructure(): Promise<Serialized> {
  const S = createStructureBuilder({ source: studio.workspace.unstable_sources[0], perspectiveStack: [] })
  // The resolver only uses the builder; the context carries stores the Studio provides at run time.
  const root = await structure(S, {} as StructureResolverContext)
  if (!(root instanceof ListBuilder)) throw new Error('the structure is not a list builder')
  return root.serialize({ path: [] }) as unknown as Serialized
}

const item = (list: Serialized, id: string) => {
  const found = list.items?.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no item ${id} in ${list.id}`)
  return found
}

describe('the content lists', () => {
  it('lists site settings first, then guides, pages, FAQ, news and the reference content', async () => {
    const root = await serializedStructure()
    const entries = root.items?.filter((entry) => entry.type !== 'divider').map((entry) => [entry.id, entry.title])
    expect(entries).toEqual([
      ['siteSettings', 'Site settings'],
      ['guide', 'Guides'],
      ['page', 'Pages'],
      ['faq', 'FAQ'],
      ['newsItem', 'News'],
      ['comparisonTable', 'Comparison tables'],
      ['requirements', 'Requirements'],
      ['releaseMilestone', 'Release milestones'],
      ['person', 'People'],
    ])
  })

  it('gives every document type of the schema a place in the lists', async () => {
    const root = await serializedStructure()
    const documentTypes = studio.workspace.schema
      .getTypeNames()
      .map((name) => studio.workspace.schema.get(name))
      .filter((type): type is SchemaType => Boolean(type && type.type?.name === 'document' && !type.name.startsWith('sanity.') && !type.name.startsWith('system.')))
      .map((type) => type.name)
      .sort()
    const listed = (root.items ?? []).map((entry) => entry.id).filter((id) => documentTypes.includes(id))
    expect(listed.sort()).toEqual(documentTypes)
  })

  it('opens site settings as the one document with the fixed id', async () => {
    const settings = item(await serializedStructure(), 'siteSettings').child
    expect(settings).toMatchObject({ type: 'document', options: { id: 'siteSettings', type: 'siteSettings' } })
  })

  it('orders guides by hub order and news newest first', async () => {
    const root = await serializedStructure()
    expect(item(root, 'guide').child?.options?.defaultOrdering?.[0]).toEqual({ field: 'order', direction: 'asc' })
    expect(item(root, 'newsItem').child?.options?.defaultOrdering).toEqual([{ field: 'publishedAt', direction: 'desc' }])
    expect(item(root, 'releaseMilestone').child?.options?.defaultOrdering).toEqual([{ field: 'date', direction: 'asc' }])
  })

  it('groups FAQs by category, each ordered by its order field, plus one list of all by category and order', async () => {
    const faq = item(await serializedStructure(), 'faq').child
    if (!faq) throw new Error('FAQ has no child list')
    expect(item(faq, 'faq-all').child?.options?.defaultOrdering).toEqual([
      { field: 'category', direction: 'asc' },
      { field: 'order', direction: 'asc' },
    ])
    const upgrade = item(faq, 'faq-upgrade')
    expect(upgrade.title).toBe('Upgrade')
    expect(upgrade.child?.options).toMatchObject({
      filter: '_type == "faq" && category == $category',
      params: { category: 'upgrade' },
      defaultOrdering: [{ field: 'order', direction: 'asc' }],
    })
    const categories = (faq.items ?? []).map((entry) => entry.id).filter((id) => id.startsWith('faq-') && id !== 'faq-all')
    expect(categories).toEqual(['faq-availability', 'faq-release', 'faq-upgrade', 'faq-requirements', 'faq-safety', 'faq-pricing'])
  })
})

describe('the site-settings singleton', () => {
  const actionsFor = (schemaType: string) =>
    studio.workspace.document
      .actions({ schemaType, documentId: schemaType, releaseId: undefined, versionType: 'draft' } as unknown as DocumentActionsContext)
      .map((action) => action.action)

  it('cannot be created from any "new document" menu', () => {
    const templates = studio.workspace.templates.map((template) => template.schemaType)
    expect(templates).not.toContain('siteSettings')
    expect(templates).toContain('guide')
    const globalMenu = studio.workspace.document.resolveNewDocumentOptions({ type: 'global' }).map((option) => option.templateId)
    expect(globalMenu).toEqual(['guide', 'page', 'faq', 'newsItem', 'comparisonTable', 'requirements', 'releaseMilestone', 'person'])
  })

  it('cannot be deleted, duplicated or unpublished, but can be published', () => {
    const settingsActions = actionsFor('siteSettings')
    expect(settingsActions).toContain('publish')
    expect(settingsActions).toContain('discardChanges')
    for (const action of ['delete', 'duplicate', 'unpublish']) expect(settingsActions).not.toContain(action)
    // Other documents keep the full set.
    expect(actionsFor('guide')).toEqual(expect.arrayContaining(['publish', 'delete', 'duplicate', 'unpublish']))
  })

  it('a question created inside a category list starts in that category', async () => {
    const template = studio.workspace.templates.find((candidate) => candidate.id === 'faq-in-category')
    if (!template || typeof template.value !== 'function') throw new Error('no faq-in-category template')
    expect(await template.value({ category: 'safety' }, {} as never)).toEqual({ category: 'safety' })
  })
})

/** Runs a type's list preview the way the Studio does: `prepare` over the selected values. */
function preview(type: SchemaType | undefined, selected: Record<string, unknown>) {
  const prepare = type?.preview?.prepare
  if (!prepare) throw new Error(`${type?.name} has no preview`)
  return prepare(selected)
}

const schemaType = (name: string) => studio.workspace.schema.get(name)

describe('list previews', () => {
  it('guides show their address and hub position', () => {
    expect(preview(schemaType('guide'), { title: 'Windows 12 Features', slug: 'windows-12-features', order: 40 })).toEqual({
      title: 'Windows 12 Features',
      subtitle: '/windows-12-features · hub position 40',
    })
    expect(preview(schemaType('guide'), { title: 'New guide' })).toEqual({ title: 'New guide', subtitle: 'No slug yet' })
  })

  it('news shows the date and the claim status, and says when an item is scheduled', () => {
    expect(preview(schemaType('newsItem'), { title: 'Windows 10 support ends', publishedAt: '2025-10-14T08:00:00Z', status: 'confirmed' })).toEqual({
      title: 'Windows 10 support ends',
      subtitle: '2025-10-14 · Confirmed',
    })
    const future = new Date(Date.now() + 86_400_000 * 30).toISOString()
    expect(preview(schemaType('newsItem'), { title: 'Coming', publishedAt: future, status: 'rumored' })).toEqual({
      title: 'Coming',
      subtitle: `Scheduled for ${future.slice(0, 10)} · Rumored`,
    })
  })

  it('FAQs show category and order; milestones their window or date and status; tables their columns', () => {
    expect(preview(schemaType('faq'), { title: 'Is Windows 12 free?', category: 'pricing', order: 10 })).toEqual({
      title: 'Is Windows 12 free?',
      subtitle: 'Pricing · #10',
    })
    expect(preview(schemaType('releaseMilestone'), { title: 'Launch', date: '2026-10-01', window: 'Late 2026 to early 2027', status: 'expected' })).toEqual({
      title: 'Launch',
      subtitle: 'Late 2026 to early 2027 (sorted from 2026-10-01) · Expected',
    })
    expect(preview(schemaType('releaseMilestone'), { title: 'Windows 11 released', date: '2021-10-05', status: 'confirmed' }).subtitle).toBe(
      '2021-10-05 · Confirmed',
    )
    expect(preview(schemaType('comparisonTable'), { title: 'Key differences', columns: ['Windows 11', 'Windows 12'], rows: [{}, {}, {}] })).toEqual({
      title: 'Key differences',
      subtitle: 'Windows 11 vs Windows 12 · 3 rows',
    })
    expect(preview(schemaType('requirements'), { title: 'Requirements', status: 'expected' })).toEqual({ title: 'Requirements', subtitle: 'Expected' })
  })
})

describe('Portable Text in the editor', () => {
  const body = (text: string) => [{ _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 's', text }] }]

  it('asides show their kind and their text', () => {
    expect(preview(schemaType('callout'), { kind: 'tip', body: body('Back up your files before any upgrade.') })).toEqual({
      title: 'Back up your files before any upgrade.',
      subtitle: 'Practical tip',
    })
    expect(preview(schemaType('callout'), { kind: 'warning', title: 'Fake ISOs', body: body('...') })).toEqual({ title: 'Fake ISOs', subtitle: 'Important note' })
    const long = preview(schemaType('callout'), { kind: 'opinion', body: body('word '.repeat(40)) })
    expect(String(long.title).length).toBeLessThanOrEqual(80)
    expect(long.title).toMatch(/…$/)
  })

  it('steps show how many there are and the first one', () => {
    expect(preview(schemaType('steps'), { title: 'Prepare your PC', items: [{ title: 'Back up' }, { title: 'Check TPM' }] })).toEqual({
      title: 'Prepare your PC',
      subtitle: '2 steps, starting with "Back up"',
    })
  })

  it('embedded tables name the table they show', () => {
    expect(preview(schemaType('comparisonTableEmbed'), { title: 'Key differences', columns: ['Windows 11', 'Windows 12'] })).toEqual({
      title: 'Comparison table: Key differences',
      subtitle: 'Windows 11 vs Windows 12',
    })
    expect(preview(schemaType('comparisonTableEmbed'), {}).title).toBe('Comparison table (none chosen)')
    expect(preview(schemaType('requirementsEmbed'), { title: 'Estimated' }).title).toBe('Requirements table: Estimated')
  })

  it('images show their caption or alternative text, and flag missing alternative text', () => {
    const richText = schemaType('richText')
    const image = richText && 'of' in richText ? (richText.of as SchemaType[]).find((member) => member.name === 'image') : undefined
    expect(preview(image, { alt: 'The Start menu', caption: 'Start in Windows 12', media: undefined })).toMatchObject({
      title: 'Start in Windows 12',
      subtitle: 'Alt: The Start menu',
    })
    expect(preview(image, {})).toMatchObject({ title: 'Image without alternative text', subtitle: 'Alternative text missing' })
  })

  it.each(['richText', 'simpleRichText'])('the internal link in %s offers guides and pages only, never creating one', (name) => {
    const arrayType = schemaType(name)
    const block = arrayType && 'of' in arrayType ? (arrayType.of as ObjectSchemaType[]).find((member) => member.name === 'block') : undefined
    // A compiled text block keeps its annotation types as the members of its markDefs array.
    const markDefs = block?.fields.find((field) => field.name === 'markDefs')?.type
    const annotations = markDefs && 'of' in markDefs ? (markDefs.of as ObjectSchemaType[]) : []
    expect(annotations.map((annotation) => annotation.name).sort()).toEqual(['claim', 'internalLink', 'link'])
    const internalLink = annotations.find((annotation) => annotation.name === 'internalLink')
    const reference = internalLink?.fields.find((field) => field.name === 'reference')?.type as (SchemaType & { to?: SchemaType[] }) | undefined
    expect(reference?.to?.map((target) => target.name)).toEqual(['guide', 'page'])
    expect(reference?.options).toMatchObject({ disableNew: true })
  })
})

describe('Presentation (draft preview)', () => {
  it('is a tool of the Studio, next to the content lists', () => {
    expect(studio.workspace.tools.map((tool) => tool.name).slice(0, 2)).toEqual(['structure', 'presentation'])
    expect(studio.workspace.tools.find((tool) => tool.name === 'presentation')?.title).toBe('Preview')
  })

  it('locates guides and news on their pages', () => {
    const guide = locations.guide
    const news = locations.newsItem
    if (!guide || !('resolve' in guide) || !news || !('resolve' in news)) throw new Error('missing location resolvers')
    expect(guide.resolve({ title: 'Windows 12 Features', slug: 'windows-12-features' })).toEqual({
      locations: [
        { title: 'Windows 12 Features', href: '/windows-12-features' },
        { title: 'Hub', href: '/' },
      ],
    })
    expect(news.resolve({ title: 'Support ends', slug: 'windows-10-end-of-support' })?.locations?.[0]).toEqual({
      title: 'Support ends',
      href: '/news/windows-10-end-of-support',
    })
    expect(guide.resolve({ title: 'Draft without slug', slug: null })).toMatchObject({ tone: 'caution' })
  })

  it('opens the document a previewed page is about', () => {
    const routes = mainDocuments.map((resolver) => [resolver.route, resolver.filter])
    expect(routes).toEqual([
      ['/', '_id == "siteSettings"'],
      ['/news/:slug', '_type == "newsItem" && slug.current == $slug'],
      ['/:slug', '_type in ["guide", "page"] && slug.current == $slug'],
    ])
  })

  it('locates a page at its address', () => {
    const page = locations.page
    if (!page || !('resolve' in page)) throw new Error('missing the page location resolver')
    expect(page.resolve({ title: 'About', slug: 'about' })).toEqual({ locations: [{ title: 'About', href: '/about' }] })
    expect(page.resolve({ title: 'Draft without slug', slug: null })).toMatchObject({ tone: 'caution' })
  })
})
