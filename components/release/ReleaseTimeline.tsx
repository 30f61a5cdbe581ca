import type { TimelineEmbedValue } from '@/components/portable-text/types'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { isClaimStatus } from '@/lib/vocabulary'
import { formatDate, isoDate } from '@/lib/dates'
import { RELEASE_CALENDAR_PATH } from '@/lib/urls'

type Milestones = TimelineEmbedValue['milestones']

/**
 * The dated release story, oldest first, as a vertical line of milestones. Each marker takes its claim status's
 * colour and shape (filled: confirmed, ring: expected, dashed ring: rumored); the badge says the same in words.
 * A window replaces the exact date where only a window is known.
 */
export function ReleaseTimeline({ heading, milestones }: { heading?: string | null; milestones: Milestones | null | undefined }) {
  const items = (milestones ?? []).filter((item) => item.title)
  if (items.length === 0) return null
  return (
    <section className="timeline" aria-label={heading ?? 'Release timeline'}>
      {heading ? <h3 className="timeline-heading">{heading}</h3> : null}
      <ol className="timeline-list">
        {items.map((item) => (
          <li key={item._id} className={`timeline-item timeline-${isClaimStatus(item.status) ? item.status : 'unknown'}`}>
            <p className="timeline-when">
              {item.window ? item.window : <time dateTime={isoDate(item.date)}>{formatDate(item.date)}</time>} <ClaimBadge status={item.status} />
            </p>
            <p className="timeline-title">{item.title}</p>
            {item.note ? <p className="timeline-note">{item.note}</p> : null}
          </li>
        ))}
      </ol>
      <p className="timeline-calendar">
        <a href={RELEASE_CALENDAR_PATH} type="text/calendar">
          Add to calendar
        </a>{' '}
        (these dates as an .ics file for your calendar app)
      </p>
    </section>
  )
}
