import type { ReactNode } from 'react'
import { claimStatusLabel, isClaimStatus } from '@/lib/vocabulary'
import { sourceAnchor } from './sources'
import styles from './trust.module.css'

type ClaimMarkProps = { status: unknown; sourceNumber?: unknown; children: ReactNode }

/**
 * A phrase marked as a claim: the phrase, then a badge with its status. Screen readers hear "Rumored claim:" before
 * the phrase; the badge repeats the status only when it is also a link to the claim's numbered source, and then it
 * is a real link, reachable by keyboard. A claim without a known status renders as plain text.
 */
export function ClaimMark({ status, sourceNumber, children }: ClaimMarkProps) {
  if (!isClaimStatus(status)) return <>{children}</>
  const label = claimStatusLabel(status)
  const number = typeof sourceNumber === 'number' && Number.isInteger(sourceNumber) && sourceNumber > 0 ? sourceNumber : null
  return (
    <span data-claim={status}>
      {/* One text node each (template strings), so neither the HTML nor the RSC payload splits them. */}
      <span className="visually-hidden">{`${label} claim: `}</span>
      {children}{' '}
      {number ? (
        <a className={`badge badge-${status} ${styles.claimLink}`} href={`#${sourceAnchor(number)}`}>
          {label}
          <span className="visually-hidden">, source</span> <span>{number}</span>
        </a>
      ) : (
        <span className={`badge badge-${status} ${styles.claimBadge}`} aria-hidden="true">
          {label}
        </span>
      )}
    </span>
  )
}
