import type { Metadata } from 'next'
import { NewsIndex } from '@/components/news/NewsIndex'
import { listTrail, NEWS_CRUMB } from '@/lib/breadcrumbs'
import { listPageJsonLd } from '@/lib/jsonld'
import { NEWS_LIST_DESCRIPTION, NEWS_LIST_TITLE, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { newsListPath } from '@/lib/urls'
import { getNewsPage, getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: NEWS_LIST_TITLE,
    description: NEWS_LIST_DESCRIPTION,
    path: newsListPath(1),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function NewsPage() {
  const [{ items, pageCount }, settings] = await Promise.all([getNewsPage(1), getSiteSettings()])
  const trail = listTrail(NEWS_CRUMB, 1, newsListPath)
  const site = { name: settings?.title || FALLBACK_SITE_TITLE }
  const jsonLd = listPageJsonLd({ site, title: NEWS_LIST_TITLE, description: NEWS_LIST_DESCRIPTION, path: newsListPath(1), trail })
  return <NewsIndex page={1} pageCount={pageCount} items={items} trail={trail} jsonLd={jsonLd} />
}
