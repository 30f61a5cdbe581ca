import { Fragment, type ReactNode } from 'react'
import { formatDate, isoDate } from '@/lib/dates'
import { latestUpdate } from '@/lib/review'
import { personName } from './Byline'

type Person = { _id: string; name: string | null } | null
type Update = { _key: string; date: string | null; summary: string | null }

type GuideMetaProps = {
  reviewedAt: string | null
  author: Person
  reviewer: Person
  updates: readonly Update[] | null
  /** "6 min read", last on the line. */
  readingTime?: string | null
}

/**
 * A guide's metadata line: who wrote it, when and by whom its facts were last reviewed, and the latest change
 * ("Updated 22 November 2026: ..."). The same person as author and reviewer is named once.
 */
export function GuideMeta({ reviewedAt, author, reviewer, updates, readingTime }: GuideMetaProps) {
  const authorName = personName(author)
  const reviewerName = personName(reviewer)
  const samePerson = Boolean(authorName && reviewerName && author?._id === reviewer?._id)
  const reviewed = formatDate(reviewedAt)
  const update = latestUpdate(updates)
  const parts: ReactNode[] = []
  if (authorName) parts.push(samePerson ? `Written and reviewed by ${authorName}` : `By ${authorName}`)
  if (reviewed) {
    parts.push(
      <>
        Facts reviewed <time dateTime={isoDate(reviewedAt)}>{reviewed}</time>
        {reviewerName && !samePerson ? ` by ${reviewerName}` : null}
      </>,
    )
  }
  if (update) {
    parts.push(
      <>
        Updated <time dateTime={isoDate(update.date)}>{formatDate(update.date)}</time>: {update.summary}
      </>,
    )
  }
  if (readingTime) parts.push(readingTime)
  if (parts.length === 0) return null
  return (
    <p className="page-meta">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ' · ' : null}
          {part}
        </Fragment>
      ))}
    </p>
  )
}
