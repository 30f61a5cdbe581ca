/** A claim's certainty, shown as text (not colour alone) so it survives screen readers and greyscale. */
import { CLAIM_STATUS_LABELS, isClaimStatus } from '@/lib/vocabulary'

export { isClaimStatus, type ClaimStatus } from '@/lib/vocabulary'

export function ClaimBadge({ status }: { status: string | null | undefined }) {
  if (!isClaimStatus(status)) return null
  return <span className={`badge badge-${status}`}>{CLAIM_STATUS_LABELS[status]}</span>
}
