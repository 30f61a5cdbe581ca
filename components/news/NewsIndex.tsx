import type { Graph } from 'schema-dts'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import type { Crumb } from '@/lib/breadcrumbs'
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
    <div className="news-index">
      <header className="article-header">
        <JsonLd data={jsonLd} />
        <Breadcrumbs trail={trail} />
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
