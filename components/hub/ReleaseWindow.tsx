import Link from 'next/link'
import type { HUB_QUERY_RESULT } from '@/sanity.types'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { Icon } from '@/components/icons/Icon'
import { formatDate, isoDate } from '@/lib/dates'
import { documentPath } from '@/lib/urls'

type Hub = HUB_QUERY_RESULT
type Release = NonNullable<Hub['settings']>['release']

/** The milestone editors chose for the hub (usually general availability): its window, status and note. */
export function ReleaseWindow({ release, guide }: { release: Release | null | undefined; guide: Hub['timelineGuide'] | null | undefined }) {
  if (!release?.title) return null
  const when = release.window || formatDate(release.date)
  return (
    <section className="status-card release-card" aria-labelledby="release-window-heading">
      <p className="status-flag">
        <Icon name="calendar" size={18} />
        Release window
      </p>
      <h2 id="release-window-heading">When will Windows 12 be released?</h2>
      <p className="release-when">
        {release.window ? when : <time dateTime={isoDate(release.date)}>{when}</time>} <ClaimBadge status={release.status} />
      </p>
      <p className="release-title">{release.title}</p>
      {release.note ? <p>{release.note}</p> : null}
      {guide?.slug ? (
        <p className="status-meta">
          <Link href={documentPath('guide', guide.slug)}>
            The full timeline<span className="visually-hidden">: {guide.title}</span> <Icon name="arrow-right" size={16} />
          </Link>
        </p>
      ) : null}
    </section>
  )
}
