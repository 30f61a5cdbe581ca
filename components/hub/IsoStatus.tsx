import type { HUB_QUERY_RESULT } from '@/sanity.types'
import { Icon } from '@/components/icons/Icon'
import { formatDate, isoDate } from '@/lib/dates'
import { safeExternalUrl } from '@/lib/urls'

type IsoStatusData = NonNullable<HUB_QUERY_RESULT['settings']>['isoStatus']

/** The hub's answer to the question most readers arrive with, with the date it was last checked. */
export function IsoStatus({ status }: { status: IsoStatusData | null | undefined }) {
  if (!status) return null
  const officialUrl = safeExternalUrl(status.officialUrl)
  const checked = formatDate(status.lastChecked)
  return (
    <section className={`status-card iso-status ${status.available ? 'iso-available' : 'iso-unavailable'}`} aria-labelledby="iso-status-heading">
      <p className="status-flag">
        <Icon name={status.available ? 'check' : 'cross'} size={18} />
        {status.available ? 'Available' : 'Not available'}
      </p>
      <h2 id="iso-status-heading">Is a Windows 12 ISO available?</h2>
      <p className="iso-answer">
        <strong>{status.available ? 'Yes: an official ISO is available.' : 'No: there is no official Windows 12 ISO.'}</strong>
      </p>
      {status.summary ? <p>{status.summary}</p> : null}
      <p className="status-meta">
        {checked ? (
          <>
            Last checked <time dateTime={isoDate(status.lastChecked)}>{checked}</time>.{' '}
          </>
        ) : null}
        {officialUrl ? (
          <>
            Official source: <a href={officialUrl}>{new URL(officialUrl).host + new URL(officialUrl).pathname}</a>
          </>
        ) : null}
      </p>
    </section>
  )
}
