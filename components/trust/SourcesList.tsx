import { formatDate, isoDate } from '@/lib/dates'
import { sourceAnchor, type NumberedSource } from './sources'
import styles from './trust.module.css'

/** The numbered sources at the end of a guide or news item; claims in the text link to their entries. */
export function SourcesList({ sources }: { sources: readonly NumberedSource[] }) {
  if (sources.length === 0) return null
  return (
    <section className={styles.endSection} aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol className={styles.sourceList}>
        {sources.map((source) => {
          const accessed = formatDate(source.accessedAt)
          return (
            <li key={source.key} id={sourceAnchor(source.number)}>
              <a href={source.url} rel="noopener noreferrer">
                {source.label}
              </a>
              {/* Styled as the entry's last span (trust.module.css): no class to repeat in every entry. */}
              {accessed ? (
                <span>
                  {' (accessed '}
                  <time dateTime={isoDate(source.accessedAt)}>{accessed}</time>)
                </span>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
