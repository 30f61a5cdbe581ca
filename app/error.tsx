'use client'
import { ErrorPage } from '@/components/errors/ErrorPage'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'

/** Whatever still fails below the root layout (a page, the site layout): the designed error page, status 500. */
export default function SegmentError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <>
      <title>{`Something went wrong | ${FALLBACK_SITE_TITLE}`}</title>
      <ErrorPage digest={error.digest} onRetry={retry} />
    </>
  )
}
