import type { ReactNode } from 'react'
import type { Graph } from 'schema-dts'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import type { Crumb } from '@/lib/breadcrumbs'

/** Which page of a list this is, and where it sits: what the page's route works out for the list's component. */
export type ListPageAt = {
  page: number
  pageCount: number
  /** Where the page sits (the breadcrumbs); the same trail as the BreadcrumbList in `jsonLd`. */
  trail: readonly Crumb[]
  /** The page's structured data, at the top of its header (an FAQ section's stands before the frame instead). */
  jsonLd?: Graph
}

type Props = {
  /** The page's class (`guide-index`, `news-index`, `faq-page`): each list keeps its own layout. */
  className: string
  heading: string
  /** The lede's sentence; "Page N of M." follows it when the list has more than one page. */
  lede: string
  at: ListPageAt
  /** What follows the lede inside the header (the news feeds' links). */
  headerEnd?: ReactNode
  /** The window of page links under the items (components/pagination/Pagination with the list's labels). */
  pagination: ReactNode
  /** One page of the list's items. */
  children: ReactNode
}

/** The frame every page of a paged list shares: a header with breadcrumbs, heading and lede, the items, the page links. */
export function PagedListFrame({ className, heading, lede, at, headerEnd, pagination, children }: Props) {
  const { page, pageCount, trail, jsonLd } = at
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
