import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { pageSocialImage } from './social-image-response'

export const alt = 'Windows 12 Guide: the site’s name and what it covers'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The hub's preview image, also used by the pages below it that have none of their own. */
export default function Image() {
  return pageSocialImage((settings) => ({ title: settings?.title, subtitle: settings?.tagline }))
}
