import { findFaqSection } from '@/lib/faq'
import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { pageSocialImage } from '../../social-image-response'

export const alt = 'Windows 12 FAQ: the section’s heading'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The section's heading on the FAQ's card (the proxy answers 404 for a section that holds no questions). */
export default async function Image({ params }: { params: Promise<{ category: string }> }) {
  const section = findFaqSection((await params).category)
  return pageSocialImage({
    kind: 'FAQ',
    title: section ? `Windows 12 FAQ: ${section.heading}` : 'Windows 12: frequently asked questions',
    subtitle: 'Short, honest answers. Where Microsoft has not said anything yet, the answer says so.',
  })
}
