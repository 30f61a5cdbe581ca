import { docTag, isDocumentType, linkTag, listTag, slugTag } from './tags'

/**
 * What Sanity's webhook sends: the projection `{_type, _id, "slug": slug.current, "renamed": ...}` (see docs/operations.md,
 * "Creating the webhook in Sanity"). `renamed` is false when neither the title, the short title nor the slug changed; when
 * it is missing the change counts as a rename, so an older webhook set-up is never less fresh, only less precise.
 */
export type ChangedDocument = { _type: string; _id: string; slug?: string | null; renamed?: boolean }

/** Why a payload is not a change the route can act on, or null when it is one. */
export function invalidChange(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Body must be a JSON object.'
  const change = value as Record<string, unknown>
  if (typeof change._type !== 'string' || change._type === '') return '_type must be a non-empty string.'
  if (typeof change._id !== 'string' || change._id === '' || change._id.length > 200) return '_id must be a non-empty string.'
  if (change.slug !== undefined && change.slug !== null && typeof change.slug !== 'string') return 'slug must be a string or null.'
  if (change.renamed !== undefined && change.renamed !== null && typeof change.renamed !== 'boolean') return 'renamed must be a boolean.'
  return null
}

/**
 * The cache tags one change expires (see ./tags): the document's content, the lists of its type, a read of its
 * address, and what links to it when it was renamed. Types the site does not render expire nothing.
 */
export function tagsForChange(change: ChangedDocument): string[] {
  if (!isDocumentType(change._type)) return []
  const result = [docTag(change._id), listTag(change._type)]
  if (change.renamed !== false) result.push(linkTag(change._id))
  if (typeof change.slug === 'string' && change.slug !== '') result.push(slugTag(change._type, change.slug))
  return result
}
