import Link from 'next/link'
import { newsListPath } from '@/lib/urls'

/** Real links to every page of the news list (no JavaScript), with the current page marked for assistive tech. */
export function NewsPagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1)
  return (
    <nav className="pagination" aria-label="News pages">
      {page > 1 ? (
        <Link href={newsListPath(page - 1)} rel="prev">
          ← Newer
        </Link>
      ) : null}
      <ol>
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page">{number}</span>
            ) : (
              <Link href={newsListPath(number)} aria-label={`Page ${number}`}>
                {number}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <Link href={newsListPath(page + 1)} rel="next">
          Older →
        </Link>
      ) : null}
    </nav>
  )
}
