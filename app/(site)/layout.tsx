import type { Metadata } from 'next'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { sanityFetch } from '@/sanity/lib/fetch'
import { SITE_SETTINGS_QUERY } from '@/sanity/lib/queries'
import { tags } from '@/sanity/lib/tags'

function readSettings() {
  return sanityFetch({ query: SITE_SETTINGS_QUERY, tags: tags.siteSettings })
}

export async function generateMetadata(): Promise<Metadata> {
  const settings = await readSettings()
  const title = settings?.title || FALLBACK_SITE_TITLE
  return {
    title: { default: settings?.tagline ? `${title}: ${settings.tagline}` : title, template: `%s | ${title}` },
    description: settings?.description ?? undefined,
    openGraph: { siteName: title, type: 'website' },
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const settings = await readSettings()
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
