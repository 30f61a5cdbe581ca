import { headingId } from './slugify'

/** One entry of a page's "On this page" outline. */
export type OutlineHeading = {
  /** The block's _key, so the renderer can give the same heading the same id. */
  key: string
  level: 2 | 3
  text: string
  id: string
}

type Span = { text?: unknown }
type HeadingBlock = { _type?: unknown; _key?: unknown; style?: unknown; children?: unknown }

function plainText(children: unknown): string {
  if (!Array.isArray(children)) return ''
  return children
    .map((child: Span) => (child && typeof child.text === 'string' ? child.text : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The H2 and H3 headings of a Portable Text body, in reading order, each with an id that is unique on the page:
 * the id comes from the heading's text (lib/slugify.ts); a repeat gets "-2", "-3"... Ids in `reserved` (other
 * ids on the page) are skipped the same way. Headings without text or without a _key are left out.
 * Pure: the page's outline and the body's heading ids are both computed from this, so they always agree.
 */
export function headingOutline(body: readonly unknown[] | null | undefined, reserved: Iterable<string> = []): OutlineHeading[] {
  const used = new Set(reserved)
  const outline: OutlineHeading[] = []
  for (const member of body ?? []) {
    if (!member || typeof member !== 'object') continue
    const block = member as HeadingBlock
    if (block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3')) continue
    if (typeof block._key !== 'string' || block._key === '') continue
    const text = plainText(block.children)
    if (!text) continue
    const base = headingId(text)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    outline.push({ key: block._key, level: block.style === 'h2' ? 2 : 3, text, id })
  }
  return outline
}

/**
 * Outline entries for the sections that close an article (components/trust: SourcesList, ChangeLog), so a
 * reader can jump to the sources from the outline as from a claim's number. Their ids are the sections' own.
 */
export function endSections({ sources, changeLog }: { sources: boolean; changeLog: boolean }): OutlineHeading[] {
  const sections: OutlineHeading[] = []
  if (sources) sections.push({ key: 'end-sources', level: 2, text: 'Sources', id: 'sources-heading' })
  if (changeLog) sections.push({ key: 'end-changelog', level: 2, text: 'Change log', id: 'changelog-heading' })
  return sections
}

/** Ids a guide page gives its own elements; headings never take them (app/(site)/[slug]/page.tsx). */
export const GUIDE_PAGE_IDS = ['main', 'outline-title', 'related-heading', 'sources-heading', 'changelog-heading'] as const

/**
 * The ids a guide's headings have on the guide's page, from the headings' texts alone, for pages that link into
 * its sections without reading its body (the PC checker). The same function as the guide's outline, so a repeated
 * heading's "-2" and the reserved ids agree.
 */
export function guideHeadingIds(headings: ReadonlyArray<{ _key?: string | null; text?: string | null }>): Set<string> {
  const blocks = headings.map((heading) => ({ _type: 'block', _key: heading._key, style: 'h2', children: [{ text: heading.text ?? '' }] }))
  return new Set(headingOutline(blocks, GUIDE_PAGE_IDS).map((heading) => heading.id))
}

/**
 * Finds the id a guide's section has on the guide's page by the section's heading text (null when the guide has no
 * such heading), for pages that link into its sections without reading its body (the PC checker's "how to check").
 */
export function guideSectionFinder(headings: ReadonlyArray<{ _key?: string | null; text?: string | null }>): (heading: string) => string | null {
  const ids = guideHeadingIds(headings)
  return (heading) => {
    const id = headingId(heading)
    return ids.has(id) ? id : null
  }
}
