import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/dates'
import { documentPath } from '@/lib/urls'
import styles from './trust.module.css'

type Newer = { title: string | null; slug: string | null; publishedAt: string | null } | null | undefined

/** At the top of a news item that later news changed: says so and links to the newer item. */
export function SupersededNotice({ newer }: { newer: Newer }) {
  if (!newer?.slug) return null
  const date = formatDate(newer.publishedAt)
  return (
    <p className={styles.notice} role="note">
      <strong>Superseded.</strong> Later news changed this story: <Link href={documentPath('newsItem', newer.slug)}>{newer.title || 'the newer item'}</Link>
      {date ? (
        <>
          {' '}
          (<time dateTime={isoDate(newer.publishedAt)}>{date}</time>)
        </>
      ) : null}
      .
    </p>
  )
}

/** The mark news lists put beside a superseded item's date. */
export function SupersededMark({ newer }: { newer: Newer }) {
  if (!newer?.slug) return null
  return <span className={styles.supersededMark}>Superseded</span>
}
