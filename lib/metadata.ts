import type { Metadata } from 'next'
import { FALLBACK_SITE_TITLE } from './site-config'
import { clampText, collapseWhitespace, firstParagraph } from './text'
import { newsFeedPath } from './urls'

/** What All guides is, in one sentence: the description of its pages. */
export const GUIDE_LIST_DESCRIPTION = 'Every Windows 12 guide: ISO, release date, requirements, features and installation, each dated and labeled.'
/** What the news list is, in one sentence: the /news description and the feeds' description. */
export const NEWS_LIST_DESCRIPTION = 'Dated Windows 12 news and updates, newest first, each labeled confirmed, expected or rumored.'

export const GUIDE_LIST_TITLE = 'All Windows 12 guides'
export const NEWS_LIST_TITLE = 'Windows 12 news'

/** The title of one page of a paged list: the list's own on its first page, "…, page N" after it. */
export const listPageTitle = (listTitle: string, page: number) => (page <= 1 ? listTitle : `${listTitle}, page ${page}`)

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_MAX = 160

/** The first candidate with text, trimmed to DESCRIPTION_MAX characters; undefined when none has text. */
export function pageDescription(...candidates: Array<string | null | undefined>): string | undefined {
  for (const candidate of candidates) {
    const text = candidate ? collapseWhitespace(candidate) : ''
    if (text) return clampText(text, DESCRIPTION_MAX)
  }
  return undefined
}

/** A document's description: the editor's search description, else its excerpt, else its first paragraph. */
export function contentDescription(content: {
  description?: string | null
  excerpt?: string | null
  body?: readonly unknown[] | null
}): string | undefined {
  return pageDescription(content.description, content.excerpt, firstParagraph(content.body))
}

/** The news feeds, announced in the head of every page (`<link rel="alternate">`). */
export const feedAlternateTypes = {
  'application/rss+xml': [{ url: newsFeedPath.rss, title: 'Windows 12 news (RSS)' }],
  'application/feed+json': [{ url: newsFeedPath.json, title: 'Windows 12 news (JSON Feed)' }],
}

export type PageMetadataInput = {
  /**
   * The page's own title; the site layout appends the site name. `{ absolute }` is used as it is (the hub).
   * Null when the document's title is not text (bad data): the page then carries the site's name alone.
   */
  title: string | { absolute: string } | null | undefined
  description?: string
  /** The page's path; Next resolves it against SITE_URL (metadataBase) for the canonical and og:url. */
  path: string
  siteName: string
  /** Guides and news items: og:type article with its dates (ISO strings). */
  article?: { publishedTime?: string; modifiedTime?: string }
}

/**
 * Everything a reader page declares in its head: title, description, canonical, feeds, Open Graph and Twitter
 * card. Pages must use this rather than setting `alternates` or `openGraph` themselves: Next replaces those
 * objects whole, so a page's own `alternates: { canonical }` would drop the feed links.
 */
export function pageMetadata({ title, description, path, siteName, article }: PageMetadataInput): Metadata {
  const plainTitle = (typeof title === 'string' ? title : title?.absolute) || siteName
  return {
    title: title || { absolute: siteName },
    description,
    alternates: { canonical: path, types: feedAlternateTypes },
    openGraph: article
      ? { type: 'article', url: path, siteName, locale: 'en_US', title: plainTitle, description, ...article }
      : { type: 'website', url: path, siteName, locale: 'en_US', title: plainTitle, description },
    twitter: { card: 'summary_large_image', title: plainTitle, description },
  }
}

/** The 404 page's title names the site (it is outside the reader layout's title template). */
export function notFoundMetadata(siteTitle: string | null | undefined): Metadata {
  return { title: { absolute: `Page not found | ${siteTitle || FALLBACK_SITE_TITLE}` } }
}
