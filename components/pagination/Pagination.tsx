import Link from 'next/link'
import { pageLinks } from '@/lib/pagination'

type Props = {
  page: number
  pageCount: number
  /** The address of a page (from 1). */
  href: (page: number) => string
  /** What the pages are, for assistive tech: "News pages". */
  label: string
  previousLabel: string
  nextLabel: string
}

/**
 * Real links (no JavaScript) to a window of a list's pages: the first, the last, the current page and two on each
 * side, with an ellipsis for the pages between, plus previous and next. At most 11 links however long the list.
 */
export function Pagination({ page, pageCount, href, label, previousLabel, nextLabel }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {previousLabel}
        </Link>
      ) : null}
      <ol>
        {pageLinks(page, pageCount).map((link) =>
          link.kind === 'gap' ? (
            <li key={link.key} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.page === page ? (
                <span aria-current="page">{link.page}</span>
              ) : (
                <Link href={href(link.page)} aria-label={`Page ${link.page}`}>
                  {link.page}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {nextLabel} →
        </Link>
      ) : null}
    </nav>
  )
}
