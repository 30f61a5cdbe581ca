import type { NEWS_FEED_QUERY_RESULT, SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import { absoluteUrl } from './absolute-url'
import type { NewsFeedInput } from './feeds'
import { NEWS_LIST_DESCRIPTION } from './metadata'
import { FALLBACK_SITE_TITLE, NEWS_FEED_SIZE } from './site-config'
import { documentPath, newsFeedPath, newsListPath } from './urls'

/** Turns a news body into the HTML feed readers show (components/feed/feed-html renders Portable Text). */
export type FeedBodyRenderer = (body: NEWS_FEED_QUERY_RESULT[number]['body']) => Promise<string>

/**
 * What both feed routes publish, from what the readers return: the site's name and the news items with absolute
 * addresses and their bodies rendered by `renderBody`.
 */
export async function newsFeedInput(
  settings: SITE_SETTINGS_QUERY_RESULT,
  items: NEWS_FEED_QUERY_RESULT,
  renderBody: FeedBodyRenderer,
): Promise<NewsFeedInput> {
  return {
    siteName: settings?.title || FALLBACK_SITE_TITLE,
    description: NEWS_LIST_DESCRIPTION,
    homeUrl: absoluteUrl(newsListPath(1)),
    rssUrl: absoluteUrl(newsFeedPath.rss),
    jsonUrl: absoluteUrl(newsFeedPath.json),
    limit: NEWS_FEED_SIZE,
    entries: await Promise.all(
      items.map(async (item) => ({
        id: item._id,
        title: item.title,
        url: absoluteUrl(documentPath('newsItem', item.slug)),
        publishedAt: item.publishedAt,
        modifiedAt: item._updatedAt,
        summary: item.excerpt,
        status: item.status,
        contentHtml: await renderBody(item.body),
        author: item.author?.name,
        supersededBy: item.supersededBy?.slug ? { title: item.supersededBy.title, url: absoluteUrl(documentPath('newsItem', item.supersededBy.slug)) } : null,
      })),
    ),
  }
}
