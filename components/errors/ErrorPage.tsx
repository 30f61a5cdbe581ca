import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { HOME_PATH, NEWS_PATH } from '@/lib/urls'
import styles from './ErrorPage.module.css'

type Props = {
  /** Next's hash of the server error, which matches the server log line; never the message or the stack. */
  digest?: string
  /** Renders the failed part again (Next's `retry`); needs JavaScript, so the hub link is always there too. */
  onRetry?: () => void
}

/**
 * What a reader sees when a page fails to render: the site's look (header, main, footer classes), a heading, a
 * way back to the hub. It reads no content (the failure may be the content source) and shows no error detail:
 * messages can carry internals, and the reference is enough to find the log line.
 */
export function ErrorPage({ digest, onRetry }: Props) {
  return (
    <div className="site">
      <header className="site-header">
        <div className="shell header-bar">
          {/* A plain link: after a failure a full page load is the safest way back. */}
          <a href={HOME_PATH} className="brand">
            {FALLBACK_SITE_TITLE}
          </a>
        </div>
      </header>
      <main id="main" className="site-main">
        <h1>Something went wrong</h1>
        <div className={styles.panel}>
          <p>This page could not be shown just now. The problem has been logged on our side; trying again in a moment usually works.</p>
          <ul className={styles.actions}>
            {onRetry ? (
              <li>
                <button type="button" className={styles.retry} onClick={onRetry}>
                  Try again
                </button>
              </li>
            ) : null}
            <li>
              <a href={HOME_PATH}>Go to the {FALLBACK_SITE_TITLE} home page</a>
            </li>
            <li>
              <a href={NEWS_PATH}>Latest news</a>
            </li>
          </ul>
        </div>
        {digest ? <p className={styles.reference}>Reference: {digest}</p> : null}
      </main>
      <footer className="site-footer">
        <p className="shell">This site is an independent publication and is not affiliated with, endorsed by or sponsored by Microsoft.</p>
      </footer>
    </div>
  )
}
