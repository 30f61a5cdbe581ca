import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { GuideIndex } from '@/components/guides/GuideIndex'
import { GUIDES_CRUMB, listTrail } from '@/lib/breadcrumbs'
import { listPageJsonLd } from '@/lib/jsonld'
import { GUIDE_LIST_DESCRIPTION, GUIDE_LIST_TITLE, listPageTitle, pageMetadata } from '@/lib/metadata'
import { parsePageParam } from '@/lib/pagination'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { guideListPath } from '@/lib/urls'
import { getGuideList, getSiteSettings, navigationGuideIds } from '@/sanity/lib/content'

type Props = { params: Promise<{ page: string }> }

/** Nothing prerendered: later pages render on their first request and are cached from then on. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page)
  if (!page) return {}
  const settings = await getSiteSettings()
  return pageMetadata({
    title: listPageTitle(GUIDE_LIST_TITLE, page),
    description: GUIDE_LIST_DESCRIPTION,
    path: guideListPath(page),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function GuideListPage({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  const settings = await getSiteSettings()
  const { guides, pageCount } = await getGuideList(page, navigationGuideIds(settings?.navigation))
  // The proxy already answers 404 past the end (route index); this covers a list that shrank since.
  if (page > pageCount || guides.length === 0) notFound()
  const trail = listTrail(GUIDES_CRUMB, page, guideListPath)
  const site = { name: settings?.title || FALLBACK_SITE_TITLE }
  const jsonLd = listPageJsonLd({ site, title: listPageTitle(GUIDE_LIST_TITLE, page), description: GUIDE_LIST_DESCRIPTION, path: guideListPath(page), trail })
  return <GuideIndex page={page} pageCount={pageCount} guides={guides} navigation={settings?.navigation} trail={trail} jsonLd={jsonLd} />
}
