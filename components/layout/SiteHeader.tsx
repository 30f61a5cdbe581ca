import Link from 'next/link'
import type { SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import { SearchBox } from '@/components/search/SearchBox'
import { CHECKER_PATH, guidePath } from '@/lib/urls'

type Navigation = NonNullable<SITE_SETTINGS_QUERY_RESULT>['navigation']

/** Header with the site name and the guides editors chose, plus News and FAQ. Works without JavaScript. */
export function SiteHeader({ title, navigation }: { title: string; navigation: Navigation | null | undefined }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {title}
        </Link>
        <nav aria-label="Main">
          <ul>
            {(navigation ?? []).map((item) =>
              item?.slug ? (
                <li key={item._key}>
                  <Link href={guidePath(item.slug)}>{item.title}</Link>
                </li>
              ) : null,
            )}
            <li>
              <Link href="/news">News</Link>
            </li>
            <li>
              <Link href="/faq">FAQ</Link>
            </li>
            <li>
              <Link href={CHECKER_PATH}>Check your PC</Link>
            </li>
          </ul>
        </nav>
        <SearchBox id="site-search" hideLabel />
      </div>
    </header>
  )
}
