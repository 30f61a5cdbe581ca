/**
 * @jest-environment node
 */
import { isChangedDocument, tagsForChange } from '@/sanity/lib/revalidation'
import { tags } from '@/sanity/lib/tags'

describe('tagsForChange', () => {
  it('expires the type and the type:slug tag that the page reads were cached under', () => {
    const expired = tagsForChange({ _type: 'guide', _id: 'guide-iso-64-bit', slug: 'windows-12-iso-64-bit' }, ['guide-features'])
    expect(expired).toEqual(['guide', 'guide:windows-12-iso-64-bit'])
    // Every tag of the guide's own page that names this guide is expired.
    expect(tags.guide('windows-12-iso-64-bit')).toEqual(expect.arrayContaining(expired))
  })

  it('expires the navigation when the guide is in it, or when the navigation could not be read', () => {
    expect(tagsForChange({ _type: 'guide', _id: 'drafts.guide-features', slug: 'windows-12-features' }, ['guide-features'])).toContain('navigation')
    expect(tagsForChange({ _type: 'guide', _id: 'guide-x', slug: 'x' }, undefined)).toContain('navigation')
    expect(tagsForChange({ _type: 'siteSettings', _id: 'siteSettings' }, [])).toEqual(['siteSettings', 'navigation'])
  })

  it('expires nothing for document types the site does not render', () => {
    expect(tagsForChange({ _type: 'sanity.imageAsset', _id: 'image-1' }, [])).toEqual([])
  })

  it('accepts only objects with a non-empty _type as a change', () => {
    expect(isChangedDocument({ _type: 'faq' })).toBe(true)
    for (const value of [null, 'faq', [], { _id: 'x' }, { _type: '' }, { _type: 3 }]) expect(isChangedDocument(value)).toBe(false)
  })
})
