import { socialImageResponse } from '@/components/seo/SocialCard'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { socialCard, type SocialCardInput } from '@/lib/social-image'
import { getSiteSettings } from '@/sanity/lib/content'

/** What one page's preview image shows; the site's name comes from the settings. */
export type PageCard = Omit<SocialCardInput, 'siteName' | 'fallbackSiteName'>

type SiteSettings = Awaited<ReturnType<typeof getSiteSettings>>

/**
 * The opengraph-image of a page: `card` drawn under the site's name. A promise is read beside the settings (a
 * guide's or news item's own reader); a function builds the card from the settings (the hub's).
 */
export async function pageSocialImage(card: PageCard | Promise<PageCard> | ((settings: SiteSettings) => PageCard)) {
  const [settings, pageCard] = await Promise.all([getSiteSettings(), typeof card === 'function' ? undefined : card])
  const drawn = typeof card === 'function' ? card(settings) : (pageCard as PageCard)
  return socialImageResponse(socialCard({ siteName: settings?.title, fallbackSiteName: FALLBACK_SITE_TITLE, ...drawn }))
}
