import { newsPrerenderCount } from '@/lib/site-config'
import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { getNewsItem, getNewsSlugs } from '@/sanity/lib/content'
import { pageSocialImage } from '../../social-image-response'

export const alt = 'The news item’s headline, its claim status and publication date'
export const size = SOCIAL_IMAGE_SIZE
export const contentType = 'image/png'

/** The same items as the pages: the newest ones at build time, older ones on their first request. */
export async function generateStaticParams() {
  return (await getNewsSlugs(newsPrerenderCount)).map((slug) => ({ slug }))
}

/** A news item's preview image, cached and refreshed with the item's own tags (same reader as the page). */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return pageSocialImage(
    getNewsItem(slug).then((item) => ({
      kind: 'News' as const,
      title: item?.title,
      status: item?.status,
      date: item ? { label: 'Published', value: item.publishedAt } : null,
    })),
  )
}
