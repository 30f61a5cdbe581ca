import { notFound } from 'next/navigation'
import type { NEWS_PAGE_QUERY_RESULT } from '@/sanity.types'
import { pageWindow } from '@/lib/pagination'
import { NEWS_PAGE_SIZE } from '@/lib/site-config'
import { FeedLinks } from './FeedLinks'
import { NewsList } from './NewsList'
import { NewsPagination } from './NewsPagination'

/** The body of /news and /news/page/N: a page past the end is a 404, except page 1 of an empty list. */
export function NewsIndex({ page, news }: { page: number; news: NEWS_PAGE_QUERY_RESULT }) {
  const { total, items } = news
  const pageLinks = pageWindow(page, total, NEWS_PAGE_SIZE)
  if (!pageLinks) notFound()
  return (
    <div className="news-index">
      <header className="article-header">
        <h1>Windows 12 news</h1>
        <p className="lede">
          Dated updates on Windows 12, newest first. Each item says whether its claim is confirmed, expected or rumored.
          {pageLinks.pageCount > 1 ? ` Page ${page} of ${pageLinks.pageCount}.` : null}
        </p>
        <FeedLinks />
      </header>
      <NewsList items={items} />
      <NewsPagination page={page} pageCount={pageLinks.pageCount} />
    </div>
  )
}
