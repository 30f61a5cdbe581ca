import type { Metadata } from 'next'
import { NewsIndex } from '@/components/news/NewsIndex'
import { NEWS_LIST_DESCRIPTION, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { newsListPath } from '@/lib/urls'
import { getNewsPage, getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: 'Windows 12 news',
    description: NEWS_LIST_DESCRIPTION,
    path: newsListPath(1),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function NewsPage() {
  const { items, pageCount } = await getNewsPage(1)
  return <NewsIndex page={1} pageCount={pageCount} items={items} />
}
