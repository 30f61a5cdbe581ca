import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import type { ChromeData } from './navigation'

/**
 * Header, main landmark and footer around every reader page, the 404 page included. The three share one grid
 * (.shell) so their edges line up; the footer stays at the bottom of short pages. The layout that renders it reads
 * the site settings (components receive data, they do not fetch).
 */
export function SiteChrome({ chrome, children }: { chrome: ChromeData; children: React.ReactNode }) {
  return (
    <div className="site">
      <SiteHeader title={chrome.title} groups={chrome.groups} />
      {/* tabIndex -1: the skip link moves focus here, so the next Tab starts inside the content. */}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter title={chrome.title} disclaimer={chrome.disclaimer} groups={chrome.groups} pages={chrome.footerLinks} />
    </div>
  )
}
