import { newsFeedInput } from '@/components/feed/news-feed'
import { newsRss } from '@/lib/feeds'
import { getNewsFeed, getSiteSettings } from '@/sanity/lib/content'

// Cached like a page (a GET route handler is rendered per request unless told otherwise); the readers' tags (news,
// and what bodies embed) and the cron route's refresh keep it current.
export const dynamic = 'force-static'

/** RSS 2.0 of the latest news. */
export async function GET() {
  const [settings, items] = await Promise.all([getSiteSettings(), getNewsFeed()])
  return new Response(newsRss(await newsFeedInput(settings, items)), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
}
