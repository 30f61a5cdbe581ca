import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { getSiteSettings } from '@/sanity/lib/content'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** Header, main landmark and footer around every reader page, the 404 page included. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings()
  const title = settings?.title || FALLBACK_SITE_TITLE
  return (
    <>
      <SiteHeader title={title} navigation={settings?.navigation} />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter title={title} disclaimer={settings?.disclaimer} />
    </>
  )
}
