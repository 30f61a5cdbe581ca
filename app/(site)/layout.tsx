import type { Metadata } from 'next'
import { readSiteSettings, SiteChrome } from '@/components/layout/SiteChrome'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await readSiteSettings()
  const title = settings?.title || FALLBACK_SITE_TITLE
  return {
    title: { default: settings?.tagline ? `${title}: ${settings.tagline}` : title, template: `%s | ${title}` },
    description: settings?.description ?? undefined,
    openGraph: { siteName: title, type: 'website' },
  }
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}
