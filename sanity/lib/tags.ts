/**
 * Cache tags. A content read is tagged with every document type it reads and, for a single-document read,
 * `type:slug`. The revalidate webhook derives the same tags from its payload, so the two must stay in step.
 */
export type DocumentType =
  | 'siteSettings'
  | 'guide'
  | 'faq'
  | 'newsItem'
  | 'comparisonTable'
  | 'requirements'
  | 'releaseMilestone'

export const documentTag = (type: string, slug: string) => `${type}:${slug}`

export const tags = {
  siteSettings: ['siteSettings', 'guide'],
  hub: ['siteSettings', 'guide', 'comparisonTable', 'newsItem', 'faq'],
  guideSlugs: ['guide'],
  guide: (slug: string) => ['guide', documentTag('guide', slug), 'comparisonTable', 'requirements', 'releaseMilestone'],
  newsList: ['newsItem'],
  newsItem: (slug: string) => ['newsItem', documentTag('newsItem', slug), 'guide', 'comparisonTable', 'requirements', 'releaseMilestone'],
  faq: ['faq', 'guide'],
} satisfies Record<string, string[] | ((slug: string) => string[])>
