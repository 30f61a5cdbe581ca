/**
 * Cache tags. A content read is tagged with every document type it reads and, for a single-document read,
 * `type:slug`. The revalidate webhook derives the same tags from its payload (sanity/lib/revalidation.ts),
 * so the two must stay in step.
 *
 * One exception keeps a guide edit from re-rendering the whole site: the header navigation (on every page)
 * reads the titles of the guides it lists, and is tagged `navigation` instead of `guide`. The webhook expires
 * `navigation` when the changed guide is one of those in the navigation.
 */
export const DOCUMENT_TYPES = ['siteSettings', 'guide', 'faq', 'newsItem', 'comparisonTable', 'requirements', 'releaseMilestone'] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const NAVIGATION_TAG = 'navigation'

export const documentTag = (type: DocumentType, slug: string) => `${type}:${slug}`

export const isDocumentType = (value: unknown): value is DocumentType =>
  typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value)

/** Tags whose content depends on the clock (scheduled news): expired by the cron route. */
export const TIME_DEPENDENT_TAGS = ['newsItem']

/** The embedded parts of a rich-text body (comparison tables, requirements, the timeline) and its links to guides. */
const BODY_TYPES: DocumentType[] = ['guide', 'comparisonTable', 'requirements', 'releaseMilestone']

export const tags = {
  siteSettings: ['siteSettings', NAVIGATION_TAG],
  hub: ['siteSettings', 'guide', 'comparisonTable', 'newsItem', 'faq'],
  guideSlugs: ['guide'],
  guide: (slug: string) => [...BODY_TYPES, documentTag('guide', slug)],
  newsList: ['newsItem'],
  newsItem: (slug: string) => ['newsItem', documentTag('newsItem', slug), ...BODY_TYPES],
  faq: ['faq', 'guide'],
} satisfies Record<string, string[] | ((slug: string) => string[])>
