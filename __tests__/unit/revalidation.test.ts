/**
 * @jest-environment node
 */
import { invalidChange, tagsForChange } from '@/sanity/lib/revalidation'
import { documentTagsOf } from '@/sanity/lib/tags'

describe('tagsForChange', () => {
  it('expires the document, the lists of its type and a read of its address', () => {
    expect(tagsForChange({ _type: 'guide', _id: 'guide-iso-64-bit', slug: 'windows-12-iso-64-bit', renamed: false })).toEqual([
      'doc:guide-iso-64-bit',
      'list:guide',
      'slug:guide:windows-12-iso-64-bit',
    ])
  })

  it('expires the links to a document only when it was renamed, or when the webhook does not say', () => {
    expect(tagsForChange({ _type: 'guide', _id: 'guide-features', renamed: true })).toContain('link:guide-features')
    expect(tagsForChange({ _type: 'guide', _id: 'guide-features' })).toContain('link:guide-features')
    expect(tagsForChange({ _type: 'guide', _id: 'guide-features', renamed: false })).not.toContain('link:guide-features')
  })

  it('names the published document when the webhook names a draft', () => {
    expect(tagsForChange({ _type: 'faq', _id: 'drafts.faq-price', renamed: false })).toEqual(['doc:faq-price', 'list:faq'])
  })

  it('expires nothing for document types the site does not render', () => {
    expect(tagsForChange({ _type: 'sanity.imageAsset', _id: 'image-1' })).toEqual([])
  })
})

describe('invalidChange', () => {
  it('accepts a webhook projection', () => {
    expect(invalidChange({ _type: 'faq', _id: 'faq-1' })).toBeNull()
    expect(invalidChange({ _type: 'guide', _id: 'g', slug: null, renamed: false })).toBeNull()
  })

  it('names what is wrong with any other payload', () => {
    expect(invalidChange(null)).toMatch(/JSON object/)
    expect(invalidChange([])).toMatch(/JSON object/)
    expect(invalidChange({ _id: 'x' })).toMatch(/_type/)
    expect(invalidChange({ _type: '', _id: 'x' })).toMatch(/_type/)
    for (const _id of [3, null, {}, [], '']) expect(invalidChange({ _type: 'faq', _id })).toMatch(/_id/)
    for (const slug of [3, {}, ['a']]) expect(invalidChange({ _type: 'faq', _id: 'x', slug })).toMatch(/slug/)
    expect(invalidChange({ _type: 'faq', _id: 'x', renamed: 'yes' })).toMatch(/renamed/)
  })
})

describe('documentTagsOf', () => {
  it('tags documents shown by their _id and documents only linked by their _ref', () => {
    const result = {
      _id: 'guide-a',
      body: [{ _type: 'block', markDefs: [{ _type: 'internalLink', reference: { _type: 'reference', _ref: 'guide-b' }, type: 'guide', slug: 'b' }] }],
      related: [{ _id: 'guide-c', title: 'C' }],
      navigation: [{ _key: 'k', _ref: 'drafts.guide-d', title: 'D' }],
    }
    expect(documentTagsOf(result).sort()).toEqual(['doc:guide-a', 'doc:guide-c', 'link:guide-b', 'link:guide-d'])
  })

  it('tags a list a projection declares with _lists, and a result waiting for a date with the schedule tag', () => {
    const result = { body: [{ _type: 'releaseTimelineEmbed', _lists: 'releaseMilestone', milestones: [{ _id: 'm1' }] }], later: { _id: 'n2', _dueAt: '2030-01-01T00:00:00Z' } }
    expect(documentTagsOf(result).sort()).toEqual(['doc:m1', 'doc:n2', 'list:releaseMilestone', 'schedule'])
    // Only document types make list tags (a block's spread fields come from content).
    expect(documentTagsOf({ _lists: 'sanity.imageAsset' })).toEqual([])
  })

  it('returns nothing for results without documents, and survives deep or odd values', () => {
    expect(documentTagsOf(null)).toEqual([])
    expect(documentTagsOf(['a', 1, true])).toEqual([])
    let deep: Record<string, unknown> = { _id: 'bottom' }
    for (let level = 0; level < 500; level++) deep = { child: deep }
    expect(documentTagsOf(deep)).toEqual([])
    expect(documentTagsOf({ _id: 'x'.repeat(300) })).toEqual([])
  })
})
