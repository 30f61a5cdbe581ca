import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { getGuide, getGuideSlugs } from '@/sanity/lib/content'
import { pageSocialImage } from '../social-image-response'
import { guidePrerenderCount } from '@/lib/site-config'

export const alt = 'The guide’s title and when its facts were last reviewed'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  return (await getGuideSlugs(guidePrerenderCount)).map((slug) => ({ slug }))
}

/** A guide's preview image, cached and refreshed with the guide's own tags (same reader as the page). */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return pageSocialImage(
    getGuide(slug).then((guide) => ({
      kind: guide ? 'Guide' : null,
      title: guide?.title,
      date: guide ? { label: 'Facts reviewed', value: guide.reviewedAt } : null,
    })),
  )
}
