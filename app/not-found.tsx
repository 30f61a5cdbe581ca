import type { Metadata } from 'next'
import Link from 'next/link'
import { Icon } from '@/components/icons/Icon'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { FAQ_PATH, HOME_PATH, NEWS_PATH } from '@/lib/urls'
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
        <header className="article-header">
          <h1>Page not found</h1>
          <p className="lede">This page does not exist, or it has moved. Everything on this site starts from the hub.</p>
        </header>
        <ul className="link-list">
          <li>
            <Link href={HOME_PATH}>
              <Icon name="book" /> Windows 12 Guide home
            </Link>
          </li>
          <li>
            <Link href={NEWS_PATH}>
              <Icon name="news" /> Latest news
            </Link>
          </li>
          <li>
            <Link href={FAQ_PATH}>
              <Icon name="help" /> Frequently asked questions
            </Link>
          </li>
        </ul>
      </div>
    </SiteChrome>
  )
}
