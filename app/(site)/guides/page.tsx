import type { Metadata } from 'next'
import { GuideIndex } from '@/components/guides/GuideIndex'
import { GUIDES_CRUMB, listTrail } from '@/lib/breadcrumbs'
import { listPageJsonLd } from '@/lib/jsonld'
import { GUIDE_LIST_DESCRIPTION, GUIDE_LIST_TITLE, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { guideListPath } from '@/lib/urls'
import { getGuideList, getSiteSettings, navigationGuideIds } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: GUIDE_LIST_TITLE,
    description: GUIDE_LIST_DESCRIPTION,
    path: guideListPath(1),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function GuidesPage() {
  const settings = await getSiteSettings()
  const { guides, pageCount } = await getGuideList(1, navigationGuideIds(settings?.navigation))
  const trail = listTrail(GUIDES_CRUMB, 1, guideListPath)
  const site = { name: settings?.title || FALLBACK_SITE_TITLE }
  const jsonLd = listPageJsonLd({ site, title: GUIDE_LIST_TITLE, description: GUIDE_LIST_DESCRIPTION, path: guideListPath(1), trail })
  return <GuideIndex page={1} pageCount={pageCount} guides={guides} navigation={settings?.navigation} trail={trail} jsonLd={jsonLd} />
}
