import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { getSiteSettings } from '@/sanity/lib/content'

/** No `robots` here: Next adds `<meta name="robots" content="noindex">` to every 404 itself (once). */
export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return { title: `Page not found | ${settings?.title || FALLBACK_SITE_TITLE}` }
}

/** The one 404 page: unknown URLs, and content the proxy or a page found missing. */
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="not-found">
        <h1>Page not found</h1>
        <p>This page does not exist, or it has moved. Everything on this site starts from the hub.</p>
        <ul>
          <li>
            <Link href="/">Windows 12 Guide home</Link>
          </li>
          <li>
            <Link href="/news">Latest news</Link>
          </li>
          <li>
            <Link href="/faq">Frequently asked questions</Link>
          </li>
        </ul>
      </div>
    </SiteChrome>
  )
}
