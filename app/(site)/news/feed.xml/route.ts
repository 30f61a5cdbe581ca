import { newsFeedInput } from '@/components/feed/news-feed'
import { newsRss } from '@/lib/feeds'
import { getNewsFeed, getSiteSettings } from '@/sanity/lib/content'

// Cached like a page; the readers' tags (news, and what bodies embed) and the cron route's refresh keep it current.
// Force-static: without it, the hosted source's uncached (`no-store`) requests would make Next render the feed on
// every request, or fail the build while prerendering it.
export const dynamic = 'force-static'

/** RSS 2.0 of the latest news. */
export async function GET() {
  const [settings, items] = await Promise.all([getSiteSettings(), getNewsFeed()])
  return new Response(newsRss(await newsFeedInput(settings, items)), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
}
