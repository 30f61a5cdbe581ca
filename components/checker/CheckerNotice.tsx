import type { ReactNode } from 'react'
import styles from './Checker.module.css'

/**
 * The boxed note above the checker's form: what the requirements are and how sure, or (`status`) a message screen
 * readers announce, such as the requirements being unreadable.
 */
export function CheckerNotice({ status = false, children }: { status?: boolean; children: ReactNode }) {
  return (
    <div className={styles.notice} role={status ? 'status' : undefined}>
      {children}
    </div>
  )
}
