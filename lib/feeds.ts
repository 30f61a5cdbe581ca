import { Feed, type Item } from 'feed'
import { safeExternalUrl } from './urls'
import { claimStatusLabel } from './vocabulary'
import { escapeMarkup } from './markup'

/**
 * The news feeds (RSS 2.0 and JSON Feed 1.1), built with the `feed` package from entries the route handlers prepare
 * (links absolute, bodies already rendered to inert HTML by components/feed).
 */

export type NewsFeedEntry = {
  /** The document id: the item's GUID, so an item keeps its identity when its address changes. */
  id: string
  /** Null when the title field holds something that is not text: the item goes out without a title. */
  title: string | null
  /** Absolute URL of the item's page. */
  url: string
  /** ISO datetimes. */
  publishedAt: string
  modifiedAt?: string
  /** Plain text. */
  summary?: string | null
  /** A claim status value (confirmed / expected / rumored), carried as the item's category. */
  status?: string | null
  /** The body as HTML; made by components/feed from Portable Text, so it holds nothing executable. */
  contentHtml: string
  /** Who wrote it (the byline's name). */
  author?: string | null
  /** A later item that changed the story (absolute URL): the entry says so before its body and is categorised. */
  supersededBy?: { title: string | null; url: string } | null
}

export type NewsFeedInput = {
  siteName: string
  description: string
  /** Absolute URLs: the news list, and the two feeds themselves. */
  homeUrl: string
  rssUrl: string
  jsonUrl: string
  entries: readonly NewsFeedEntry[]
  /** How many items to carry at most. */
  limit: number
  now?: Date
}

/** Characters XML 1.0 does not allow at all; one of them in a title would make the whole feed unreadable. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const xmlSafe = (text: string) => text.replace(XML_INVALID, '')


const time = (iso: string | undefined) => (iso ? Date.parse(iso) : NaN)

/** The category a superseded entry carries beside its claim status, as news lists mark it. */
const SUPERSEDED_LABEL = 'Superseded'

/** The notice that opens a superseded entry's content, linking to the newer item (text escaped, link http(s) only). */
function supersededNoticeHtml(newer: NewsFeedEntry['supersededBy']): string {
  const url = newer ? safeExternalUrl(newer.url) : null
  if (!newer || !url) return ''
  return `<p><strong>${SUPERSEDED_LABEL}.</strong> Later news changed this story: <a href="${escapeMarkup(url)}">${escapeMarkup(newer.title || 'the newer item')}</a>.</p>`
}

/**
 * The entries a feed carries: dated, due (never a scheduled item before its time), newest first, at most `limit`.
 */
export function feedEntries(entries: readonly NewsFeedEntry[], limit: number, now: Date = new Date()): NewsFeedEntry[] {
  return entries
    .filter((entry) => Number.isFinite(time(entry.publishedAt)) && time(entry.publishedAt) <= now.getTime())
    .sort((a, b) => time(b.publishedAt) - time(a.publishedAt))
    .slice(0, Math.max(0, limit))
}

/** The entry's last change: its publication, or a later edit that is not in the future. */
function modified(entry: NewsFeedEntry, now: Date): Date {
  const published = time(entry.publishedAt)
  const edited = time(entry.modifiedAt)
  return new Date(Number.isFinite(edited) && edited > published && edited <= now.getTime() ? edited : published)
}

/**
 * One Feed for one format. RSS readers differ in whether they read a title as text or as HTML, and read
 * descriptions as HTML: there, titles and summaries are HTML-escaped so markup typed into them shows as text
 * either way. JSON Feed defines titles and summaries as plain text: there they stay as they are.
 */
function buildFeed(input: NewsFeedInput, format: 'rss' | 'json'): Feed {
  const now = input.now ?? new Date()
  const entries = feedEntries(input.entries, input.limit, now)
  const text = format === 'rss' ? (value: string) => escapeMarkup(xmlSafe(value)) : (value: string) => value
  const feed = new Feed({
    id: input.homeUrl,
    title: `${input.siteName}: news`,
    description: input.description,
    link: input.homeUrl,
    language: 'en',
    feedLinks: { rss: input.rssUrl, json: input.jsonUrl },
    author: { name: input.siteName, link: input.homeUrl },
    generator: false,
    // The newest change, not the time of the build, so an unchanged feed reads the same on every rebuild.
    updated: entries.length > 0 ? new Date(Math.max(...entries.map((entry) => modified(entry, now).getTime()))) : undefined,
  })
  for (const entry of entries) {
    const label = claimStatusLabel(entry.status)
    const categories = [...(label ? [{ name: label }] : []), ...(entry.supersededBy ? [{ name: SUPERSEDED_LABEL }] : [])]
    const author = entry.author?.trim()
    const item: Item = {
      id: entry.id,
      guid: entry.id,
      title: text(entry.title ?? ''),
      link: entry.url,
      published: new Date(time(entry.publishedAt)),
      date: modified(entry, now),
      content: xmlSafe(supersededNoticeHtml(entry.supersededBy) + entry.contentHtml).replaceAll(']]>', ']]&gt;'),
      ...(entry.summary ? { description: text(entry.summary) } : {}),
      ...(categories.length > 0 ? { category: categories } : {}),
      ...(author ? { author: [{ name: text(author) }] } : {}),
    }
    feed.addItem(item)
  }
  return feed
}

/** RSS 2.0, with the body in content:encoded and the claim status as the item's category. */
export function newsRss(input: NewsFeedInput): string {
  return buildFeed(input, 'rss').rss2()
}

/**
 * JSON Feed 1.1. The `feed` package writes version 1 (one `author`); 1.1 names the version, lists `authors` and
 * adds `language`, so its output is brought up to 1.1 here.
 */
export function newsJsonFeed(input: NewsFeedInput): string {
  const { author, items, ...channel } = JSON.parse(buildFeed(input, 'json').json1()) as Record<string, unknown> & {
    author?: unknown
    items: Array<Record<string, unknown>>
  }
  const upgraded = {
    ...channel,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'en',
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  }
  return JSON.stringify(upgraded, null, 2)
}
