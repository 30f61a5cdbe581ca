import type { Graph } from 'schema-dts'
import { PagedListFrame } from '@/components/pagination/PagedListFrame'
import type { Crumb } from '@/lib/breadcrumbs'
import { NEWS_LIST_TITLE } from '@/lib/metadata'
import type { NewsSummary } from './NewsList'
import { FeedLinks } from './FeedLinks'
import { NewsList } from './NewsList'
import { NewsPagination } from './NewsPagination'

/** The body of /news and /news/page/N. Whether the page exists is the page's decision, not this component's. */
type Props = {
  page: number
  pageCount: number
  items: NewsSummary[]
  /** Where the page sits (the breadcrumbs) and what it is for search engines (the same trail as BreadcrumbList). */
  trail: readonly Crumb[]
  jsonLd: Graph
}

export function NewsIndex({ page, pageCount, items, trail, jsonLd }: Props) {
  return (
    <PagedListFrame
      className="news-index"
      page={page}
      pageCount={pageCount}
      heading={NEWS_LIST_TITLE}
      lede="Dated updates on Windows 12, newest first. Each item says whether its claim is confirmed, expected or rumored."
      trail={trail}
      jsonLd={jsonLd}
      headerEnd={<FeedLinks />}
      pagination={<NewsPagination page={page} pageCount={pageCount} />}
    >
      <NewsList items={items} />
    </PagedListFrame>
  )
}
