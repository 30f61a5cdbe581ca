import { PagedListFrame, type ListPageAt } from '@/components/pagination/PagedListFrame'
import { NEWS_LIST_TITLE } from '@/lib/metadata'
import type { NewsSummary } from './NewsList'
import { FeedLinks } from './FeedLinks'
import { NewsList } from './NewsList'
import { NewsPagination } from './NewsPagination'

/** The body of /news and /news/page/N. Whether the page exists is the page's decision, not this component's. */
export function NewsIndex({ at, items }: { at: ListPageAt; items: NewsSummary[] }) {
  return (
    <PagedListFrame
      className="news-index"
      heading={NEWS_LIST_TITLE}
      lede="Dated updates on Windows 12, newest first. Each item says whether its claim is confirmed, expected or rumored."
      at={at}
      headerEnd={<FeedLinks />}
      pagination={<NewsPagination page={at.page} pageCount={at.pageCount} />}
    >
      <NewsList items={items} />
    </PagedListFrame>
  )
}
