import Link from 'next/link'
import { Icon } from '@/components/icons/Icon'
import { FAQ_PATH, HOME_PATH, NEWS_PATH } from '@/lib/urls'

/** The body of the 404 page: what happened and the ways back. The caller supplies the site's header and footer. */
export function NotFoundContent() {
  return (
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
  )
}
