/**
 * The site's lists, each defined once: the document types, claim statuses, callout kinds and FAQ categories. The
 * Studio schema, the components, the feeds, the cache tags and the docs' tables all take them from here, so an
 * editor's choice and what a reader sees never drift apart. No Sanity or React knowledge here: the schema
 * (sanity/schemaTypes) and the components both import this module.
 */

/** The document types the site renders (sanity/schemaTypes/documents): what the webhook and the cache tags know. */
export const DOCUMENT_TYPES = [
  'siteSettings',
  'guide',
  'page',
  'person',
  'faq',
  'newsItem',
  'comparisonTable',
  'requirements',
  'releaseMilestone',
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const isDocumentType = (value: unknown): value is DocumentType =>
  typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value)

/** How sure a claim about unreleased software is. Readers see the title as a badge; editors see the meaning as help. */
export const CLAIM_STATUSES = [
  { value: 'confirmed', title: 'Confirmed', meaning: 'Microsoft said or published it, or it is a matter of record.' },
  { value: 'expected', title: 'Expected', meaning: 'A reasoned estimate from how Microsoft has shipped Windows before; not confirmed.' },
  { value: 'rumored', title: 'Rumored', meaning: 'From leaks or third-party reports that nobody can verify yet.' },
] as const

export type ClaimStatus = (typeof CLAIM_STATUSES)[number]['value']

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return CLAIM_STATUSES.some((status) => status.value === value)
}

/** "Rumored" for "rumored"; undefined for anything that is not a claim status. */
export function claimStatusLabel(value: unknown): string | undefined {
  return CLAIM_STATUSES.find((status) => status.value === value)?.title
}

/** The aside kinds the guides use, and what each is called where editors and readers see it. */
export const CALLOUT_KINDS = [
  { value: 'insight', title: 'Practical insight' },
  { value: 'example', title: 'Example' },
  { value: 'opinion', title: 'Opinion' },
  { value: 'tip', title: 'Practical tip' },
  { value: 'warning', title: 'Important note' },
] as const

export type CalloutKind = (typeof CALLOUT_KINDS)[number]['value']

/** Reader-facing labels by callout kind, for lookups. */
export const CALLOUT_KIND_LABELS = Object.fromEntries(CALLOUT_KINDS.map((kind) => [kind.value, kind.title])) as Record<CalloutKind, string>

export function isCalloutKind(value: unknown): value is CalloutKind {
  return CALLOUT_KINDS.some((kind) => kind.value === value)
}

/**
 * The sections of the FAQ, in the order the FAQ page shows them. `title` is the short name editors pick in the
 * Studio; `heading` is the section's heading on /faq. Questions without a category are listed last, under
 * OTHER_FAQ_HEADING.
 */
export const FAQ_CATEGORIES = [
  { value: 'availability', title: 'Availability', heading: 'Availability and the ISO' },
  { value: 'release', title: 'Release', heading: 'Release date' },
  { value: 'upgrade', title: 'Upgrade', heading: 'Upgrading' },
  { value: 'requirements', title: 'Requirements', heading: 'Hardware and requirements' },
  { value: 'safety', title: 'Safety', heading: 'Safety' },
  { value: 'pricing', title: 'Pricing', heading: 'Price and licenses' },
] as const

export type FaqCategory = (typeof FAQ_CATEGORIES)[number]['value']

export const OTHER_FAQ_HEADING = 'Other questions'

export function isFaqCategory(value: unknown): value is FaqCategory {
  return FAQ_CATEGORIES.some((category) => category.value === value)
}

/** "Availability" for "availability" (the editor-facing name); undefined for anything else. */
export function faqCategoryTitle(value: unknown): string | undefined {
  return FAQ_CATEGORIES.find((category) => category.value === value)?.title
}
