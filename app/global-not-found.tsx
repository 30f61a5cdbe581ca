import type { Metadata, Viewport } from 'next'
import { NotFoundContent } from '@/components/errors/NotFoundContent'
import { HtmlDocument } from '@/components/layout/HtmlDocument'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { chromeData } from '@/components/layout/navigation'
import { notFoundMetadata } from '@/lib/metadata'
import { getSiteSettings } from '@/sanity/lib/content'
import { viewport as siteViewport } from './layout'
import './globals.css'

/*
 * The 404 page of unknown addresses (and of the proxy's not-found rewrite). Next renders it without any layout
 * (experimental.globalNotFound in next.config.ts), so it brings the document, the styles and the site's header and
 * footer itself. Being outside the layouts is the point: a root not-found page would be sent, site chrome and all,
 * inside every page's RSC payload as the fallback of the root layout. A reader page whose content is missing
 * renders app/(site)/not-found.tsx inside its own layout instead.
 */

export const viewport: Viewport = siteViewport

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata((await getSiteSettings())?.title)
}

export default async function GlobalNotFound() {
  const settings = await getSiteSettings()
  return (
    <HtmlDocument>
      <SiteChrome chrome={chromeData(settings)}>
        <NotFoundContent />
      </SiteChrome>
    </HtmlDocument>
  )
}
