import { notFound } from 'next/navigation'
import { NEWS_PAGE_SIZE } from '@/lib/site-config'
import { pageCount, pageWindow } from '@/lib/pagination'
import { sanityFetch } from '@/sanity/lib/fetch'
import { NEWS_PAGE_QUERY } from '@/sanity/lib/queries'
import { tags } from '@/sanity/lib/tags'
import { NewsList } from './NewsList'
import { NewsPagination } from './NewsPagination'

/** Reads one page of news (the total and the page's items in one query). */
export function readNewsPage(page: number) {
  const start = (page - 1) * NEWS_PAGE_SIZE
  return sanityFetch({ query: NEWS_PAGE_QUERY, params: { start, end: start + NEWS_PAGE_SIZE }, tags: tags.newsList })
}

/** Number of list pages, for prerendering /news/page/N. */
export async function newsPageCount(): Promise<number> {
  const { total } = await readNewsPage(1)
  return pageCount(total, NEWS_PAGE_SIZE)
}

/** The body of /news and /news/page/N: a page past the end is a 404, except page 1 of an empty list. */
export async function NewsIndex({ page }: { page: number }) {
  const { total, items } = await readNewsPage(page)
  const window = pageWindow(page, total, NEWS_PAGE_SIZE)
  if (!window) notFound()
  return (
    <div className="news-index">
      <header>
        <h1>Windows 12 news</h1>
        <p className="lede">
          Dated updates on Windows 12, newest first. Each item says whether its claim is confirmed, expected or rumored.
          {window.pageCount > 1 ? ` Page ${page} of ${window.pageCount}.` : null}
        </p>
      </header>
      <NewsList items={items} />
      <NewsPagination page={page} pageCount={window.pageCount} />
    </div>
  )
}
