import type { NewsSummary } from './NewsList'
import { FeedLinks } from './FeedLinks'
import { NewsList } from './NewsList'
import { NewsPagination } from './NewsPagination'

/** The body of /news and /news/page/N. Whether the page exists is the page's decision, not this component's. */
export function NewsIndex({ page, pageCount, items }: { page: number; pageCount: number; items: NewsSummary[] }) {
  return (
    <div className="news-index">
      <header className="article-header">
        <h1>Windows 12 news</h1>
        <p className="lede">
          Dated updates on Windows 12, newest first. Each item says whether its claim is confirmed, expected or rumored.
          {pageCount > 1 ? ` Page ${page} of ${pageCount}.` : null}
        </p>
        <FeedLinks />
      </header>
      <NewsList items={items} />
      <NewsPagination page={page} pageCount={pageCount} />
    </div>
  )
}
