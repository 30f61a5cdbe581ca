'use client'
import { ErrorPage } from '@/components/errors/ErrorPage'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import './globals.css'

/** A failure in the root layout itself: this replaces the whole document, so it brings its own <html>. */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>{`Something went wrong | ${FALLBACK_SITE_TITLE}`}</title>
        <ErrorPage digest={error.digest} onRetry={retry} />
      </body>
    </html>
  )
}
