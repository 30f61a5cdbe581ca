import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { VisualEditing } from 'next-sanity/visual-editing'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { chromeData } from '@/components/layout/navigation'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const title = settings?.title || FALLBACK_SITE_TITLE
  return {
    title: { default: settings?.tagline ? `${title}: ${settings.tagline}` : title, template: `%s | ${title}` },
    description: settings?.description ?? undefined,
    openGraph: { siteName: title, type: 'website' },
    twitter: { card: 'summary_large_image' },
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  // Draft mode (from the Studio's Presentation tool): a visible banner with a way out, and the overlay that turns
  // content into click-to-edit links. Readers never get either, nor their JavaScript.
  const [preview, settings] = await Promise.all([draftMode().then((mode) => mode.isEnabled), getSiteSettings()])
  return (
    <>
      {preview ? <PreviewBanner /> : null}
      <SiteChrome chrome={chromeData(settings)}>{children}</SiteChrome>
      {preview ? <VisualEditing /> : null}
    </>
  )
}
