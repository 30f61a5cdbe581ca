import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { sanityFetch } from '@/sanity/lib/fetch'
import { SITE_SETTINGS_QUERY } from '@/sanity/lib/queries'
import { tags } from '@/sanity/lib/tags'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

export function readSiteSettings() {
  return sanityFetch({ query: SITE_SETTINGS_QUERY, tags: tags.siteSettings })
}

/** Header, main landmark and footer around every reader page, the 404 page included. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const settings = await readSiteSettings()
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
