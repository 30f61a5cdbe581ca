import Link from 'next/link'
import type { Crumb } from '@/lib/breadcrumbs'
import styles from './Breadcrumbs.module.css'

/** Where a page sits, from the hub; the last crumb is the page itself (not a link). Same trail as its BreadcrumbList. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  if (trail.length < 2) return null
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumbs}>
      <ol className={styles.list}>
        {trail.map((crumb, index) =>
          index === trail.length - 1 ? (
            <li key={crumb.path} className={styles.item}>
              <span aria-current="page">{crumb.name}</span>
            </li>
          ) : (
            <li key={crumb.path} className={styles.item}>
              <Link href={crumb.path}>{crumb.name}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
