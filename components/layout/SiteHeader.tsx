import Link from 'next/link'
import { Icon, SiteMark, type IconName } from '@/components/icons/Icon'
import { SearchBox } from '@/components/search/SearchBox'
import { isGuideIcon, DEFAULT_GUIDE_ICON } from '@/lib/guide-icons'
import { CHECKER_PATH, documentPath, FAQ_PATH, GUIDES_PATH, HOME_PATH, NEWS_PATH } from '@/lib/urls'
import { ThemeToggle } from './ThemeToggle'
import type { NavGroup } from './navigation'

/**
 * The sections after the guide groups: a plain link each on wide screens, a "More" column in the phone menu. "All
 * guides" first: the groups hold the navigation's guides only, and every other guide is reached from there.
 */
const SECTIONS: { href: string; label: string; icon: IconName }[] = [
  { href: GUIDES_PATH, label: 'All guides', icon: 'list' },
  { href: NEWS_PATH, label: 'News', icon: 'news' },
  { href: FAQ_PATH, label: 'FAQ', icon: 'help' },
  { href: CHECKER_PATH, label: 'Check your PC', icon: 'chip' },
]

/**
 * The site mark, the main navigation and the header tools, in one copy of the markup that CSS lays out for each
 * width (app/globals.css, "Header"). Without JavaScript everything works: the menus are <details> disclosures.
 *
 * - Wide screens: the guide groups are drop-down menus in the bar, the sections plain links beside them. The
 *   "Menu" disclosure that holds the navigation shows its content without its button.
 * - Narrow screens: the "Menu" button opens the whole navigation below the bar, each group as a column under its
 *   name. The groups' own buttons are not displayed there (a group's name is then a plain label), so a reader
 *   never meets a button that claims to be collapsed over links that are shown.
 * - The search box sits in the bar from tablet width up; on phones it is shown at the top of the open menu.
 *
 * Browsers that cannot style a disclosure's content (::details-content) keep the "Menu" button at every width
 * and the groups as disclosures inside it: the same links, one more click.
 * The links carry no class of their own (the CSS selects them in .site-nav): every attribute is paid twice.
 */
export function SiteHeader({ title, groups }: { title: string; groups: NavGroup[] }) {
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
        <details className="site-menu" data-menu="">
          <summary className="icon-button menu-button">
            <Icon name="menu" className="when-closed" />
            <Icon name="close" className="when-open" />
            <span>Menu</span>
          </summary>
          <nav aria-label="Main" className="site-nav">
            <ul className="nav-bar">
              {groups.map((group) => (
                <li key={group._key}>
                  <details className="nav-group" data-menu="">
                    <summary className="nav-trigger">
                      {group.title}
                      <Icon name="chevron-down" size={16} className="chevron" />
                    </summary>
                    <p className="menu-heading">{group.title}</p>
                    <ul className="nav-panel">
                      {group.links.map((link) => (
                        <li key={link._key}>
                          <Link href={documentPath('guide', link.slug)}>
                            <Icon name={isGuideIcon(link.icon) ? link.icon : DEFAULT_GUIDE_ICON} />
                            {link.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
              <li className="nav-sections">
                <p className="menu-heading">More</p>
                <ul>
                  {SECTIONS.map((section) => (
                    <li key={section.href}>
                      <Link href={section.href}>
                        <Icon name={section.icon} />
                        {section.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            </ul>
          </nav>
        </details>
        <div className="header-search">
          <SearchBox id="site-search" hideLabel compact />
        </div>
        <ThemeToggle />
      </div>
    </header>
  )
}
