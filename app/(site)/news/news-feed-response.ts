import { renderFeedHtml } from '@/components/feed/feed-html'
import { newsJsonFeed, newsRss } from '@/lib/feeds'
import { newsFeedInput } from '@/lib/news-feed'
import { getNewsFeed, getSiteSettings } from '@/sanity/lib/content'

const FORMATS = {
  rss: { serialize: newsRss, contentType: 'application/rss+xml; charset=utf-8' },
  json: { serialize: newsJsonFeed, contentType: 'application/feed+json; charset=utf-8' },
} as const

/** The GET handler of one feed route (news/feed.xml, news/feed.json): the same items, in that format. */
export function newsFeedHandler(format: keyof typeof FORMATS) {
  return async function GET(): Promise<Response> {
    const [settings, items] = await Promise.all([getSiteSettings(), getNewsFeed()])
    const { serialize, contentType } = FORMATS[format]
    return new Response(serialize(await newsFeedInput(settings, items, renderFeedHtml)), { headers: { 'content-type': contentType } })
  }
}
