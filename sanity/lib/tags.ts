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
 *   read before (and found empty) is picked up;
 * - `schedule` for a result that changes when a date passes (a newer news item that is not visible yet): the cron
 *   route expires it with the other TIME_DEPENDENT_TAGS.
 *
 * `doc:` and `link:` tags are read from the result itself, so a new embed cannot be forgotten: every dereference that
 * shows a document's content projects its `_id` (`ref->{ _id, ... }`). A projection that lists a type inside a
 * document (the release timeline) says so with `"_lists": "<type>"`, and one that depends on a future date with
 * `"_dueAt"`; lists a reader runs at the top level are named by the reader (sanity/lib/content/).
 *
 * A webhook for document X expires `doc:X`, `list:<X's type>` and `slug:<type>:<slug>`; `link:X` only when X was
 * renamed (its title, short title or slug changed), since a body edit changes nothing a link shows.
 */
import { isDocumentType, type DocumentType } from '@/lib/vocabulary'

export { DOCUMENT_TYPES, isDocumentType, type DocumentType } from '@/lib/vocabulary'

/** Published id of a document: the webhook and references may name the draft. */
export const publishedId = (id: string) => id.replace(/^(drafts|versions\.[^.]+)\./, '')

export const docTag = (id: string) => `doc:${publishedId(id)}`
export const linkTag = (id: string) => `link:${publishedId(id)}`
export const listTag = (type: DocumentType) => `list:${type}`
export const slugTag = (type: DocumentType, slug: string) => `slug:${type}:${slug}`

/** A result that changes when a date passes, without any document changing (see `_dueAt`). */
export const SCHEDULE_TAG = 'schedule'

/**
 * Reads whose result depends on the clock, expired by the cron route: lists of news (scheduled items becoming due)
 * and results marked with `_dueAt` (a news item whose superseding item becomes visible).
 */
export const TIME_DEPENDENT_TAGS = [listTag('newsItem'), SCHEDULE_TAG]

/** Next refuses tags longer than this; an id that long is not a real Sanity id and is left untagged. */
const MAX_TAG_LENGTH = 256

/**
 * The tags of a query result: `doc:` for every `_id` found in it (content shown), `link:` for every `_ref` whose
 * object has no `_id` of its own (a link), `list:` for every `_lists` naming a document type, and the schedule tag
 * where a `_dueAt` is. Walks plain JSON; stops at a generous depth so hostile data cannot recurse forever.
 */
export function documentTagsOf(result: unknown): string[] {
  const docs = new Set<string>()
  const links = new Set<string>()
  const marks = new Set<string>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 64 || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
      return
    }
    const record = value as Record<string, unknown>
    if (typeof record._id === 'string' && record._id !== '') docs.add(docTag(record._id))
    else if (typeof record._ref === 'string' && record._ref !== '') links.add(linkTag(record._ref))
    if (isDocumentType(record._lists)) marks.add(listTag(record._lists))
    if (typeof record._dueAt === 'string') marks.add(SCHEDULE_TAG)
    for (const key in record) visit(record[key], depth + 1)
  }
  visit(result, 0)
  return [...marks, ...docs, ...links].filter((tag) => tag.length <= MAX_TAG_LENGTH)
}
