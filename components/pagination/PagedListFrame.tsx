import type { ReactNode } from 'react'
import type { Graph } from 'schema-dts'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import type { Crumb } from '@/lib/breadcrumbs'

type Props = {
  /** The page's class (`guide-index`, `news-index`, `faq-page`): each list keeps its own layout. */
  className: string
  page: number
  pageCount: number
  heading: string
  /** The lede's sentence; "Page N of M." follows it when the list has more than one page. */
  lede: string
  /** Where the page sits (the breadcrumbs); the same trail as the BreadcrumbList in `jsonLd`. */
  trail: readonly Crumb[]
  /** The page's structured data, at the top of its header. */
  jsonLd?: Graph
  /** What follows the lede inside the header (the news feeds' links). */
  headerEnd?: ReactNode
  /** The window of page links under the items (components/pagination/Pagination with the list's labels). */
  pagination: ReactNode
  /** One page of the list's items. */
  children: ReactNode
}

/** The frame every page of a paged list shares: a header with breadcrumbs, heading and lede, the items, the page links. */
export function PagedListFrame({ className, page, pageCount, heading, lede, trail, jsonLd, headerEnd, pagination, children }: Props) {
  return (
    <div className={className}>
      <header className="article-header">
        {jsonLd ? <JsonLd data={jsonLd} /> : null}
        <Breadcrumbs trail={trail} />
        <h1>{heading}</h1>
        <p className="lede">
          {lede}
          {pageCount > 1 ? ` Page ${page} of ${pageCount}.` : null}
        </p>
        {headerEnd}
      </header>
      {children}
      {pagination}
    </div>
  )
}
