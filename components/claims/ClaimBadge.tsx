import { claimStatusLabel, isClaimStatus } from '@/lib/vocabulary'

/** A claim's certainty, shown as text (not color alone) so it survives screen readers and grayscale. */
export function ClaimBadge({ status }: { status: string | null | undefined }) {
  if (!isClaimStatus(status)) return null
  return <span className={`badge badge-${status}`}>{claimStatusLabel(status)}</span>
}
