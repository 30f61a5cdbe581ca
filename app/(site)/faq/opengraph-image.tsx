import { socialImageResponse } from '@/components/seo/SocialCard'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { SOCIAL_IMAGE_SIZE, socialCard } from '@/lib/social-image'
import { getSiteSettings } from '@/sanity/lib/content'

export const alt = 'Windows 12: frequently asked questions'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

export default async function Image() {
  const settings = await getSiteSettings()
  return socialImageResponse(
    socialCard({
      siteName: settings?.title,
      fallbackSiteName: FALLBACK_SITE_TITLE,
      kind: 'FAQ',
      title: 'Windows 12: frequently asked questions',
      subtitle: 'Short, honest answers. Where Microsoft has not said anything yet, the answer says so.',
    }),
  )
}
