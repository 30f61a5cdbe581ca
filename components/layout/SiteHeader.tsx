import Link from 'next/link'
import { Icon, SiteMark } from '@/components/icons/Icon'
import { SearchBox } from '@/components/search/SearchBox'
import { isGuideIcon, DEFAULT_GUIDE_ICON } from '@/lib/guide-icons'
import { CHECKER_PATH, FAQ_PATH, guidePath, HOME_PATH, NEWS_PATH } from '@/lib/urls'
import { ThemeToggle } from './ThemeToggle'
import { visibleGroups, type NavGroups, type NavLinkItem } from './navigation'

function GuideLink({ link }: { link: NavLinkItem }) {
  return (
    <Link href={guidePath(link.slug)} className="nav-link">
      <Icon name={isGuideIcon(link.icon) ? link.icon : DEFAULT_GUIDE_ICON} />
      <span>{link.title}</span>
    </Link>
  )
}

/**
 * The site mark, the main navigation and the header tools. Without JavaScript everything works: the guide groups
 * and the phone menu are <details> disclosures. Wide screens get the groups as drop-down menus; narrow screens one
 * "Menu" button that opens the whole navigation. Only one of the two navigations is displayed at a time. The
 * search box sits in the bar from tablet width up, and at the top of the menu on phones (two forms with their own
 * ids, one displayed).
 */
export function SiteHeader({ title, navigation }: { title: string; navigation: NavGroups | null | undefined }) {
  const groups = visibleGroups(navigation)
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell header-bar">
        <Link href={HOME_PATH} className="brand">
          <SiteMark />
          <span className="brand-name">{title}</span>
        </Link>

        <nav aria-label="Main" className="nav-wide">
          <ul className="nav-bar">
            {groups.map((group) => (
              <li key={group._key}>
                <details className="nav-group" data-menu="">
                  <summary className="nav-trigger">
                    {group.title}
                    <Icon name="chevron-down" size={16} className="chevron" />
                  </summary>
                  <ul className="nav-panel">
                    {group.links.map((link) => (
                      <li key={link._key}>
                        <GuideLink link={link} />
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
            <li>
              <Link href={NEWS_PATH} className="nav-trigger">
                News
              </Link>
            </li>
            <li>
              <Link href={FAQ_PATH} className="nav-trigger">
                FAQ
              </Link>
            </li>
            <li>
              <Link href={CHECKER_PATH} className="nav-trigger">
                Check your PC
              </Link>
            </li>
          </ul>
        </nav>

        <div className="header-tools">
          <div className="header-search">
            <SearchBox id="site-search" hideLabel compact />
          </div>
          <ThemeToggle />
          <details className="nav-narrow" data-menu="">
            <summary className="icon-button menu-button">
              <Icon name="menu" className="when-closed" />
              <Icon name="close" className="when-open" />
              <span>Menu</span>
            </summary>
            <div className="menu-panel">
              <div className="shell menu-search">
                <SearchBox id="menu-search" hideLabel />
              </div>
              <nav aria-label="Main" className="shell menu-columns">
                {groups.map((group) => (
                  <div key={group._key} className="menu-group">
                    <p className="menu-heading">{group.title}</p>
                    <ul>
                      {group.links.map((link) => (
                        <li key={link._key}>
                          <GuideLink link={link} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                <div className="menu-group">
                  <p className="menu-heading">More</p>
                  <ul>
                    <li>
                      <Link href={NEWS_PATH} className="nav-link">
                        <Icon name="news" />
                        <span>News</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={FAQ_PATH} className="nav-link">
                        <Icon name="help" />
                        <span>FAQ</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={CHECKER_PATH} className="nav-link">
                        <Icon name="chip" />
                        <span>Check your PC</span>
                      </Link>
                    </li>
                  </ul>
                </div>
              </nav>
            </div>
          </details>
        </div>
      </div>
    </header>
  )
}
