/** Labels the schema and the site share, so a reader sees the same word everywhere. */

export const CLAIM_STATUS_LABELS = { confirmed: 'Confirmed', expected: 'Expected', rumored: 'Rumored' } as const

export type ClaimStatus = keyof typeof CLAIM_STATUS_LABELS

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && Object.hasOwn(CLAIM_STATUS_LABELS, value)
}

/** The reader-facing label of a claim status, or null for anything that is not one. */
export const claimStatusLabel = (value: unknown): string | null => (isClaimStatus(value) ? CLAIM_STATUS_LABELS[value] : null)

/** What each kind of callout (aside) is called where readers see it. */
export const CALLOUT_KIND_LABELS: Readonly<Record<string, string>> = {
  insight: 'Practical insight',
  example: 'Example',
  opinion: 'Opinion',
  tip: 'Practical tip',
  warning: 'Important note',
}
