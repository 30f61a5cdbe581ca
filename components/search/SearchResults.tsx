import Link from 'next/link'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { formatDate, isoDate } from '@/lib/dates'
import { SEARCH_PAGE_SIZE, buildSnippet, type SearchResult, type SearchTerm, type SnippetPart } from '@/lib/search'
import { searchPath } from '@/lib/urls'
import styles from './Search.module.css'

const KINDS: Record<string, { label: string; dated?: string }> = {
  guide: { label: 'Guide', dated: 'Reviewed' },
  newsItem: { label: 'News', dated: 'Published' },
  faq: { label: 'FAQ' },
  page: { label: 'Page' },
}

/** A snippet as text with <mark> around the matched words; React escapes every part. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null
  return (
    <p className={styles.snippet}>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  )
}

type SearchResultsProps = {
  query: string
  terms: readonly SearchTerm[]
  total: number
  page: number
  pageCount: number
  results: SearchResult[]
}

/** The count, one page of results (kind, title, date, claim status, snippet) and links to the other pages. */
export function SearchResults({ query, terms, total, page, pageCount, results }: SearchResultsProps) {
  const first = (page - 1) * SEARCH_PAGE_SIZE + 1
  return (
    <section aria-labelledby="search-count">
      <h2 id="search-count" className={styles.count}>
        {total === 0 ? 'No results' : total === 1 ? '1 result' : `${total} results`} for “{query}”
        {pageCount > 1 && page <= pageCount ? <span className={styles.countPage}> (page {page} of {pageCount})</span> : null}
      </h2>
      {page > pageCount ? (
        <p className={styles.hint}>
          There is no page {page} of these results. <Link href={searchPath(query)}>Go to the first page</Link>.
        </p>
      ) : null}
      {results.length > 0 ? (
        <ol className={styles.results} start={first}>
          {results.map((result) => {
            const kind = KINDS[result._type] ?? { label: 'Page' }
            const date = kind.dated ? formatDate(result.date) : null
            return (
              <li key={result._id} className={styles.result}>
                <p className={styles.meta}>
                  <span className={styles.kind}>{kind.label}</span>
                  {date ? (
                    <>
                      {' · '}
                      {kind.dated} <time dateTime={isoDate(result.date)}>{date}</time>
                    </>
                  ) : null}{' '}
                  <ClaimBadge status={result.status} />
                </p>
                <h3 className={styles.title}>{result.href ? <Link href={result.href}>{result.title}</Link> : result.title}</h3>
                <Snippet parts={buildSnippet(result.passage, terms)} />
              </li>
            )
          })}
        </ol>
      ) : null}
      {pageCount > 1 && page <= pageCount ? (
        <nav className={styles.pages} aria-label="Result pages">
          {page > 1 ? (
            <Link href={searchPath(query, page - 1)} rel="prev" prefetch={false}>
              ← Previous page
            </Link>
          ) : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={searchPath(query, page + 1)} rel="next" prefetch={false}>
              Next page →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  )
}
