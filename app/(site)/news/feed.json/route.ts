import { newsFeedInput } from '@/components/feed/news-feed'
import { newsJsonFeed } from '@/lib/feeds'
import { getNewsFeed, getSiteSettings } from '@/sanity/lib/content'

// Cached like a page (a GET route handler is rendered per request unless told otherwise); the readers' tags (news,
// and what bodies embed) and the cron route's refresh keep it current.
export const dynamic = 'force-static'

/** JSON Feed 1.1 of the latest news. */
export async function GET() {
  const [settings, items] = await Promise.all([getSiteSettings(), getNewsFeed()])
  return new Response(newsJsonFeed(await newsFeedInput(settings, items)), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  })
}
