import { socialImageResponse } from '@/components/seo/SocialCard'
import { NEWS_LIST_DESCRIPTION } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { SOCIAL_IMAGE_SIZE, socialCard } from '@/lib/social-image'
import { getSiteSettings } from '@/sanity/lib/content'

export const alt = 'Windows 12 news: dated updates, each labeled confirmed, expected or rumored'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The news list's preview image (every page of the list). */
export default async function Image() {
  const settings = await getSiteSettings()
  return socialImageResponse(
    socialCard({
      siteName: settings?.title,
      fallbackSiteName: FALLBACK_SITE_TITLE,
      kind: 'News',
      title: 'Windows 12 news',
      subtitle: NEWS_LIST_DESCRIPTION,
    }),
  )
}
