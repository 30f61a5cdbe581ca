/**
 * Labels shared by the Studio schema and the site, so an editor's choice and what a reader sees never drift apart.
 * No Sanity or React knowledge here: the schema (sanity/schemaTypes) and components both import this module.
 */

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

/** Reader-facing labels by status, for lookups (feeds, calendar, images). */
export const CLAIM_STATUS_LABELS = Object.fromEntries(CLAIM_STATUSES.map((status) => [status.value, status.title])) as Record<ClaimStatus, string>

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
