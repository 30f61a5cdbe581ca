import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { NewsIndex } from '@/components/news/NewsIndex'
import { collectionPageParts, NEWS_LIST, pagedListMetadata } from '@/lib/paged-lists'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { getNewsPage, getSiteSettings } from '@/sanity/lib/content'

/*
 * What /news and /news/page/N share: one page of the news, newest first. The proxy already answers 404 for a page
 * past the end (route index); the check here covers a list that shrank since. The first page always exists.
 */

export async function newsListMetadata(page: number): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pagedListMetadata(NEWS_LIST, page, settings?.title || FALLBACK_SITE_TITLE)
}

export async function NewsListPage({ page }: { page: number }) {
  const [{ items, pageCount }, settings] = await Promise.all([getNewsPage(page), getSiteSettings()])
  if (page > 1 && (page > pageCount || items.length === 0)) notFound()
  const at = { page, pageCount, ...collectionPageParts(NEWS_LIST, page, settings?.title || FALLBACK_SITE_TITLE) }
  return <NewsIndex at={at} items={items} />
}
