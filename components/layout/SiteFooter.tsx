import Link from 'next/link'
import { SiteMark } from '@/components/icons/Icon'
import { documentPath, FAQ_PATH, GUIDES_PATH, HOME_PATH, NEWS_PATH } from '@/lib/urls'
import type { FooterLinks, NavGroup } from './navigation'

const DEFAULT_DISCLAIMER =
  'This site is an independent publication and is not affiliated with, endorsed by or sponsored by Microsoft.'

type Props = {
  title: string
  disclaimer: string | null | undefined
  groups: NavGroup[]
  pages: FooterLinks | null | undefined
}

/** The navigation's guides (bounded: never every guide), the site's sections and its own pages (About, Editorial policy), and the disclaimer. */
export function SiteFooter({ title, disclaimer, groups, pages }: Props) {
  const sitePages = (pages ?? []).filter((page) => Boolean(page.slug))
  return (
    <footer className="site-footer">
      <div className="shell footer-grid">
        <div className="footer-about">
          <Link href={HOME_PATH} className="brand">
            <SiteMark small />
            <span className="brand-name">{title}</span>
          </Link>
          <p className="disclaimer">{disclaimer || DEFAULT_DISCLAIMER}</p>
        </div>
        <nav aria-label="Footer" className="footer-nav">
          {groups.map((group) => (
            <div key={group._key} className="footer-column">
              <p className="footer-heading">{group.title}</p>
              <ul>
                {group.links.map((link) => (
                  <li key={link._key}>
                    <Link href={documentPath('guide', link.slug)}>{link.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <div className="footer-column">
            <p className="footer-heading">{title}</p>
            <ul>
              <li>
                <Link href={GUIDES_PATH}>All guides</Link>
              </li>
              <li>
                <Link href={NEWS_PATH}>News</Link>
              </li>
              <li>
                <Link href={FAQ_PATH}>FAQ</Link>
              </li>
              {sitePages.map((page) => (
                <li key={page._key}>
                  <Link href={documentPath('page', page.slug)}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </div>
    </footer>
  )
}
