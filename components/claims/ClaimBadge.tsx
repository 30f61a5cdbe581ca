/** A claim's certainty, shown as text (not colour alone) so it survives screen readers and greyscale. */

const LABELS = { confirmed: 'Confirmed', expected: 'Expected', rumored: 'Rumored' } as const

export type ClaimStatus = keyof typeof LABELS

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && value in LABELS
}

export function ClaimBadge({ status }: { status: string | null | undefined }) {
  if (!isClaimStatus(status)) return null
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>
}
