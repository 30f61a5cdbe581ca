import Link from 'next/link'
import type { NEWS_PAGE_QUERY_RESULT } from '@/sanity.types'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { SupersededMark } from '@/components/trust/SupersededNotice'
import { formatDate, isoDate } from '@/lib/dates'
import { newsPath } from '@/lib/urls'

export type NewsSummary = NEWS_PAGE_QUERY_RESULT['items'][number]

/** Dated news summaries in the order given (the queries sort newest first). */
export function NewsList({ items, headingLevel = 2 }: { items: NewsSummary[]; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return <p>No news has been published yet.</p>
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item._id}>
          <article>
            <p className="news-meta">
              <time dateTime={isoDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time> <ClaimBadge status={item.status} />
              {item.supersededBy ? ' ' : null}
              <SupersededMark newer={item.supersededBy} />
            </p>
            <Heading className="news-title">
              <Link href={newsPath(item.slug)}>{item.title}</Link>
            </Heading>
            {item.excerpt ? <p>{item.excerpt}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
