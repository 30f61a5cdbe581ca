/** A claim's certainty, shown as text (not colour alone) so it survives screen readers and greyscale. */

export const CLAIM_STATUS_LABELS = { confirmed: 'Confirmed', expected: 'Expected', rumored: 'Rumored' } as const

export type ClaimStatus = keyof typeof CLAIM_STATUS_LABELS

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && Object.hasOwn(CLAIM_STATUS_LABELS, value)
}

export function ClaimBadge({ status }: { status: string | null | undefined }) {
  if (!isClaimStatus(status)) return null
  return <span className={`badge badge-${status}`}>{CLAIM_STATUS_LABELS[status]}</span>
}
