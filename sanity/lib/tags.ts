/**
 * Cache tags: how a webhook for one document finds exactly the cached pages that show it.
 *
 * Every content read tags the page (or route) that renders it with:
 * - `doc:<id>` for every document whose content the result shows (an object with an `_id`);
 * - `link:<id>` for every document the result only links to (a reference, `_ref`: an internal link, a navigation
 *   entry), whose title or address is all the page shows;
 * - `list:<type>` for every type the read lists (`*[_type == "guide"]`): a new, deleted or reordered document of
 *   that type changes the list even though no cached result contains it;
 * - `slug:<type>:<slug>` for a read of one document by its address, so a document created at an address that was
 *   read before (and found empty) is picked up.
 *
 * A webhook for document X expires `doc:X`, `list:<X's type>` and `slug:<type>:<slug>`; `link:X` only when X was
 * renamed (its title, short title or slug changed), since a body edit changes nothing a link shows.
 */
import { type DocumentType } from '@/lib/vocabulary'

export { DOCUMENT_TYPES, isDocumentType, type DocumentType } from '@/lib/vocabulary'

/** Published id of a document: the webhook and references may name the draft. */
export const publishedId = (id: string) => id.replace(/^(drafts|versions\.[^.]+)\./, '')

export const docTag = (id: string) => `doc:${publishedId(id)}`
export const linkTag = (id: string) => `link:${publishedId(id)}`
export const listTag = (type: DocumentType) => `list:${type}`
export const slugTag = (type: DocumentType, slug: string) => `slug:${type}:${slug}`

/** Reads whose result depends on the clock (scheduled news becoming due): expired by the cron route. */
export const TIME_DEPENDENT_TAGS = [listTag('newsItem')]

/** Next refuses tags longer than this; an id that long is not a real Sanity id and is left untagged. */
const MAX_TAG_LENGTH = 256

/**
 * The `doc:` and `link:` tags of a query result: every `_id` found in it (content shown) and every `_ref` whose
 * object has no `_id` of its own (a link). Walks plain JSON; stops at a generous depth so hostile data cannot
 * recurse forever.
 */
export function documentTagsOf(result: unknown): string[] {
  const docs = new Set<string>()
  const links = new Set<string>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 64 || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
      return
    }
    const record = value as Record<string, unknown>
    if (typeof record._id === 'string' && record._id !== '') docs.add(docTag(record._id))
    else if (typeof record._ref === 'string' && record._ref !== '') links.add(linkTag(record._ref))
    for (const key in record) visit(record[key], depth + 1)
  }
  visit(result, 0)
  return [...docs, ...links].filter((tag) => tag.length <= MAX_TAG_LENGTH)
}
