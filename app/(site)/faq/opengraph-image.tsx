import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { pageSocialImage } from '../social-image-response'

export const alt = 'Windows 12: frequently asked questions'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

export default function Image() {
  return pageSocialImage({
    kind: 'FAQ',
    title: 'Windows 12: frequently asked questions',
    subtitle: 'Short, honest answers. Where Microsoft has not said anything yet, the answer says so.',
  })
}
