import { staleReview, staleReviewMessage } from '@/lib/review'
import styles from './trust.module.css'

/**
 * Tells readers when a guide's facts were reviewed long ago. Computed when the page renders; the page's time-based
 * revalidation re-renders it, so the notice appears (and the month count grows) without an edit.
 */
export function StaleNotice({ reviewedAt, now }: { reviewedAt: string | null | undefined; now: Date }) {
  const stale = staleReview(reviewedAt, now)
  if (!stale) return null
  return (
    <p className={styles.notice} role="note">
      {staleReviewMessage(stale)}
    </p>
  )
}
