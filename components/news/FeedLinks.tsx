import { newsFeedPath } from '@/lib/urls'
import styles from './FeedLinks.module.css'

/** Where to follow the news from a feed reader. Plain links: the feeds are files a reader's app subscribes to. */
export function FeedLinks() {
  return (
    <p className={styles.feeds}>
      Follow the news in your feed reader: <a href={newsFeedPath.rss} type="application/rss+xml">RSS feed</a> or{' '}
      <a href={newsFeedPath.json} type="application/feed+json">
        JSON Feed
      </a>
      .
    </p>
  )
}
