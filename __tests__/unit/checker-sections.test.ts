import { guideHeadingIds, guideSectionFinder, headingOutline, GUIDE_PAGE_IDS } from '@/lib/outline'

/*
 * The PC checker links each requirement to the section of the requirements guide that explains it. It reads only
 * the guide's heading texts, so it must derive the ids exactly as the guide page does, or the links miss.
 */

const block = (key: string, text: string) => ({ _type: 'block', _key: key, style: 'h2', children: [{ _type: 'span', text }] })

it('gives the ids the guide page gives, repeats and reserved ids included', () => {
  const headings = [
    { _key: 'a', text: 'Check the TPM' },
    { _key: 'b', text: 'Check the TPM' },
    { _key: 'c', text: 'Main' },
  ]
  const onGuidePage = headingOutline(
    headings.map((heading) => block(heading._key, heading.text)),
    GUIDE_PAGE_IDS,
  ).map((heading) => heading.id)
  expect([...guideHeadingIds(headings)]).toEqual(onGuidePage)
  // "Main" cannot take the id of the page's <main>: the link would land on the whole article.
  expect(guideHeadingIds(headings).has('main')).toBe(false)
  expect(guideHeadingIds(headings).has('main-2')).toBe(true)
})

it('finds a section by its heading text, and nothing for a heading the guide lacks', () => {
  const sectionOf = guideSectionFinder([
    { _key: 'a', text: 'How to check your PC today' },
    { _key: 'b', text: 'Sources' },
  ])
  expect(sectionOf('How to check your PC today')).toBe('how-to-check-your-pc-today')
  // The guide page keeps "sources-heading" for its own list; a heading called Sources is not that section.
  expect(sectionOf('Sources')).toBe(headingOutline([block('b', 'Sources')], GUIDE_PAGE_IDS)[0].id)
  expect(sectionOf('Check the TPM')).toBeNull()
})
