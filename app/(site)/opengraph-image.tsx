import { socialImageResponse } from '@/components/seo/SocialCard'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { SOCIAL_IMAGE_SIZE, socialCard } from '@/lib/social-image'
import { getSiteSettings } from '@/sanity/lib/content'

export const alt = 'Windows 12 Guide: the site’s name and what it covers'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The hub's preview image, also used by the pages below it that have none of their own. */
export default async function Image() {
  const settings = await getSiteSettings()
  return socialImageResponse(
    socialCard({ siteName: settings?.title, fallbackSiteName: FALLBACK_SITE_TITLE, title: settings?.title, subtitle: settings?.tagline }),
  )
}
