import { NEWS_LIST_DESCRIPTION, NEWS_LIST_TITLE } from '@/lib/metadata'
import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { pageSocialImage } from '../social-image-response'

export const alt = 'Windows 12 news: dated updates, each labeled confirmed, expected or rumored'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The news list's preview image (every page of the list). */
export default function Image() {
  return pageSocialImage({ kind: 'News', title: NEWS_LIST_TITLE, subtitle: NEWS_LIST_DESCRIPTION })
}
