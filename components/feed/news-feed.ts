import type { NEWS_FEED_QUERY_RESULT, SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import type { NewsFeedInput } from '@/lib/feeds'
import { NEWS_LIST_DESCRIPTION } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE, NEWS_FEED_SIZE } from '@/lib/site-config'
import { absoluteUrl } from '@/lib/absolute-url'
import { newsFeedPath, newsListPath, newsPath } from '@/lib/urls'
import { renderFeedHtml } from './feed-html'

/** What both feed routes publish: the site's name and the news items with their bodies rendered for feed readers. */
export async function newsFeedInput(settings: SITE_SETTINGS_QUERY_RESULT, items: NEWS_FEED_QUERY_RESULT): Promise<NewsFeedInput> {
  return {
    siteName: settings?.title || FALLBACK_SITE_TITLE,
    description: NEWS_LIST_DESCRIPTION,
    homeUrl: absoluteUrl(newsListPath(1)),
    rssUrl: absoluteUrl(newsFeedPath.rss),
    jsonUrl: absoluteUrl(newsFeedPath.json),
    limit: NEWS_FEED_SIZE,
    entries: await Promise.all(items.map(async (item) => ({
      id: item._id,
      title: item.title,
      url: absoluteUrl(newsPath(item.slug)),
      publishedAt: item.publishedAt,
      modifiedAt: item._updatedAt,
      summary: item.excerpt,
      status: item.status,
      contentHtml: await renderFeedHtml(item.body),
      author: item.author?.name,
      supersededBy: item.supersededBy?.slug ? { title: item.supersededBy.title, url: absoluteUrl(newsPath(item.supersededBy.slug)) } : null,
    }))),
  }
}
