import { Icon } from '@/components/icons/Icon'
import { SEARCH_PATH } from '@/lib/urls'
import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/search'
import styles from './SearchBox.module.css'

type SearchBoxProps = {
  /** Unique on the page: the header's box and the search page's own box can both be present. */
  id: string
  /** The current query, shown again on the results page. */
  query?: string
  /** The visible label; the header hides it visually, the search page shows it. */
  label?: string
  hideLabel?: boolean
  /** The header's narrow version: the button shows an icon, its name stays "Search". */
  compact?: boolean
}

/** A plain GET form to /search: works without JavaScript, and every results page has its own address. */
export function SearchBox({ id, query = '', label = 'Search the guide', hideLabel = false, compact = false }: SearchBoxProps) {
  return (
    <form role="search" action={SEARCH_PATH} method="get" className={compact ? `${styles.form} ${styles.compact}` : styles.form}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : styles.label}>
        {label}
      </label>
      <span className={styles.row}>
        <input
          id={id}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
          placeholder={compact ? 'Search' : undefined}
        />
        <button type="submit" className={styles.button}>
          {compact ? (
            <>
              <Icon name="search" size={18} />
              <span className="visually-hidden">Search</span>
            </>
          ) : (
            'Search'
          )}
        </button>
      </span>
    </form>
  )
}
