import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { NewsIndex } from '@/components/news/NewsIndex'
import { listTrail, NEWS_CRUMB } from '@/lib/breadcrumbs'
import { listPageJsonLd } from '@/lib/jsonld'
import { listPageTitle, NEWS_LIST_TITLE, pageMetadata } from '@/lib/metadata'
import { pageCount, parsePageParam } from '@/lib/pagination'
import { FALLBACK_SITE_TITLE, NEWS_PAGE_SIZE, newsPrerenderCount } from '@/lib/site-config'
import { getNewsPage, getSiteSettings } from '@/sanity/lib/content'
import { newsListPath } from '@/lib/urls'

type Props = { params: Promise<{ page: string }> }

/** The list pages that hold the prerendered items (see NEWS_PRERENDER_COUNT); later pages render on first request. */
export async function generateStaticParams() {
  const count = Math.min((await getNewsPage(1)).pageCount, pageCount(newsPrerenderCount, NEWS_PAGE_SIZE))
  return Array.from({ length: Math.max(0, count - 1) }, (_, index) => ({ page: String(index + 2) }))
}

const earlierNewsDescription = (page: number) =>
  `Earlier Windows 12 news, page ${page}: dated updates, newest first, each labeled confirmed, expected or rumored.`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page)
  if (!page) return {}
  const settings = await getSiteSettings()
  return pageMetadata({
    title: listPageTitle(NEWS_LIST_TITLE, page),
    description: earlierNewsDescription(page),
    path: newsListPath(page),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function NewsListPage({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  const [{ items, pageCount }, settings] = await Promise.all([getNewsPage(page), getSiteSettings()])
  // The proxy already answers 404 past the end (route index); this covers a list that shrank since.
  if (page > pageCount || items.length === 0) notFound()
  const trail = listTrail(NEWS_CRUMB, page, newsListPath)
  const site = { name: settings?.title || FALLBACK_SITE_TITLE }
  const jsonLd = listPageJsonLd({ site, title: listPageTitle(NEWS_LIST_TITLE, page), description: earlierNewsDescription(page), path: newsListPath(page), trail })
  return <NewsIndex page={page} pageCount={pageCount} items={items} trail={trail} jsonLd={jsonLd} />
}
