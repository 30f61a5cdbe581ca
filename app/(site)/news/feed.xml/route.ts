import { newsFeedHandler } from '../news-feed-response'

// Cached like a page (a GET route handler is rendered per request unless told otherwise); the readers' tags (news,
// and what bodies embed) and the cron route's refresh keep it current.
export const dynamic = 'force-static'

/** RSS 2.0 of the latest news. */
export const GET = newsFeedHandler('rss')
