import Link from 'next/link'
import type { ReactNode } from 'react'
import { documentPath } from '@/lib/urls'
import styles from './Search.module.css'

/** A tinted note on the search page: what to type, or (`status`) a message screen readers announce. */
export function SearchNotice({ status = false, children }: { status?: boolean; children: ReactNode }) {
  return (
    <div className={styles.hint} role={status ? 'status' : undefined}>
      {children}
    </div>
  )
}

type PopularGuide = { _id: string; title: string | null; slug: string; description: string | null }

/** The guides most readers go to, offered when a search has nothing to look for. */
export function PopularGuides({ guides }: { guides: readonly PopularGuide[] }) {
  if (guides.length === 0) return null
  return (
    <section aria-labelledby="popular-guides">
      <h2 id="popular-guides">Popular guides</h2>
      <ul className={styles.popular}>
        {guides.map((guide) => (
          <li key={guide._id}>
            <Link href={documentPath('guide', guide.slug)}>{guide.title}</Link>
            {guide.description ? <p>{guide.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
