import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { getSiteSettings } from '@/sanity/lib/content'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * Header, main landmark and footer around every reader page, the 404 page included. The three share one grid
 * (.shell) so their edges line up; the footer stays at the bottom of short pages.
 */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings()
  const title = settings?.title || FALLBACK_SITE_TITLE
  return (
    <div className="site">
      <SiteHeader title={title} navigation={settings?.navigation} />
      {/* tabIndex -1: the skip link moves focus here, so the next Tab starts inside the content. */}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter title={title} disclaimer={settings?.disclaimer} navigation={settings?.navigation} pages={settings?.footerLinks} />
    </div>
  )
}
