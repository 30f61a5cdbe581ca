import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { GuideIndex } from '@/components/guides/GuideIndex'
import { collectionPageParts, GUIDE_LIST, pagedListMetadata } from '@/lib/paged-lists'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { getGuideList, getSiteSettings, navigationGuideIds } from '@/sanity/lib/content'

/*
 * What /guides and /guides/page/N share: one page of the list of every guide. The proxy already answers 404 for a
 * page past the end (route index); the check here covers a list that shrank since. The first page always exists.
 */

export async function guideListMetadata(page: number): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pagedListMetadata(GUIDE_LIST, page, settings?.title || FALLBACK_SITE_TITLE)
}

export async function GuideListPage({ page }: { page: number }) {
  const settings = await getSiteSettings()
  const { guides, pageCount } = await getGuideList(page, navigationGuideIds(settings?.navigation))
  if (page > 1 && (page > pageCount || guides.length === 0)) notFound()
  const at = { page, pageCount, ...collectionPageParts(GUIDE_LIST, page, settings?.title || FALLBACK_SITE_TITLE) }
  return <GuideIndex at={at} guides={guides} navigation={settings?.navigation} />
}
