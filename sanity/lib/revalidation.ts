import { documentTag, isDocumentType, NAVIGATION_TAG } from './tags'

/** What Sanity's webhook sends (its projection `{_type, _id, "slug": slug.current}`). */
export type ChangedDocument = { _type: string; _id?: string; slug?: string | null }

export function isChangedDocument(value: unknown): value is ChangedDocument {
  return typeof value === 'object' && value !== null && typeof (value as { _type?: unknown })._type === 'string' && (value as { _type: string })._type !== ''
}

const publishedId = (id: string) => id.replace(/^drafts\./, '')

/**
 * The cache tags a change to one document must expire: its type and its `type:slug`, plus the navigation when
 * the document is site settings or a guide listed in the navigation. `navigationIds` is undefined when it could
 * not be read: the navigation is then expired to be safe. Types the site does not render expire nothing.
 */
export function tagsForChange(change: ChangedDocument, navigationIds: readonly string[] | undefined): string[] {
  if (!isDocumentType(change._type)) return []
  const result: string[] = [change._type]
  if (typeof change.slug === 'string' && change.slug !== '') result.push(documentTag(change._type, change.slug))
  if (change._type === 'siteSettings') result.push(NAVIGATION_TAG)
  if (change._type === 'guide' && (navigationIds === undefined || (change._id !== undefined && navigationIds.includes(publishedId(change._id))))) {
    result.push(NAVIGATION_TAG)
  }
  return result
}
