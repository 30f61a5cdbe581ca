import { formatDate, isoDate } from '@/lib/dates'
import styles from './trust.module.css'

type Update = { _key: string; date: string | null; summary: string | null }

/** What changed on a guide and when, newest first (the order the query returns). */
export function ChangeLog({ updates }: { updates: readonly Update[] | null | undefined }) {
  const entries = (updates ?? []).filter((update) => formatDate(update.date) && update.summary?.trim())
  if (entries.length === 0) return null
  return (
    <section className={styles.endSection} aria-labelledby="changelog-heading">
      <h2 id="changelog-heading">Change log</h2>
      <ul className={styles.changeLog}>
        {entries.map((update) => (
          <li key={update._key}>
            <time dateTime={isoDate(update.date)}>{formatDate(update.date)}</time>: {update.summary}
          </li>
        ))}
      </ul>
    </section>
  )
}
