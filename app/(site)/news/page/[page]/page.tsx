import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageCount, parsePageParam } from '@/lib/pagination'
import { NEWS_PAGE_SIZE, newsPrerenderCount } from '@/lib/site-config'
import { getNewsPage } from '@/sanity/lib/content'
import { newsListMetadata, NewsListPage } from '../../news-list-page'

type Props = { params: Promise<{ page: string }> }

/** The list pages that hold the prerendered items (see NEWS_PRERENDER_COUNT); later pages render on first request. */
export async function generateStaticParams() {
  const count = Math.min((await getNewsPage(1)).pageCount, pageCount(newsPrerenderCount, NEWS_PAGE_SIZE))
  return Array.from({ length: Math.max(0, count - 1) }, (_, index) => ({ page: String(index + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page)
  return page ? newsListMetadata(page) : {}
}

export default async function NewsLaterPage({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  return <NewsListPage page={page} />
}
