import Link from 'next/link'
import type { NEWS_PAGE_QUERY_RESULT } from '@/sanity.types'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { SupersededMark } from '@/components/trust/SupersededNotice'
import { formatDate, isoDate } from '@/lib/dates'
import { documentPath } from '@/lib/urls'

export type NewsSummary = NEWS_PAGE_QUERY_RESULT['items'][number]

/**
 * Dated news summaries in the order given (the queries sort newest first), as cards: date and claim badge, the
 * headline (its link covers the card), the excerpt. `layout` "grid" puts them side by side (the hub), "list" one
 * under another (the news pages).
 */
export function NewsList({ items, headingLevel = 2, layout = 'list' }: { items: NewsSummary[]; headingLevel?: 2 | 3; layout?: 'grid' | 'list' }) {
  if (items.length === 0) return <p>No news has been published yet.</p>
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className={layout === 'grid' ? 'card-grid news-cards' : 'news-list'}>
      {items.map((item) => (
        <li key={item._id}>
          <article className="card news-card">
            <p className="news-meta">
              <time dateTime={isoDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time> <ClaimBadge status={item.status} />
              {item.supersededBy ? ' ' : null}
              <SupersededMark newer={item.supersededBy} />
            </p>
            <Heading className="card-title news-title">
              <Link href={documentPath('newsItem', item.slug)} className="card-link">
                {item.title}
              </Link>
            </Heading>
            {item.excerpt ? <p className="card-text">{item.excerpt}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
