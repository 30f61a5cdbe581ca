import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/errors/NotFoundContent'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { notFoundMetadata } from '@/lib/metadata'
import { getSiteSettings } from '@/sanity/lib/content'

/** No `robots` here: Next adds `<meta name="robots" content="noindex">` to every 404 itself (once). */
export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata((await getSiteSettings())?.title)
}

/**
 * The 404 page of unknown URLs (and of the proxy's not-found rewrite): outside the reader pages' layout, so it
 * brings the site's header and footer itself. A reader page that finds its content missing renders
 * app/(site)/not-found.tsx inside its own layout instead.
 */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  )
}
