import type { Metadata } from 'next'
import { GuideIndex } from '@/components/guides/GuideIndex'
import { GUIDE_LIST_DESCRIPTION, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { guideListPath } from '@/lib/urls'
import { getGuideList, getSiteSettings, navigationGuideIds } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: 'All Windows 12 guides',
    description: GUIDE_LIST_DESCRIPTION,
    path: guideListPath(1),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function GuidesPage() {
  const settings = await getSiteSettings()
  const { guides, pageCount } = await getGuideList(1, navigationGuideIds(settings?.navigation))
  return <GuideIndex page={1} pageCount={pageCount} guides={guides} navigation={settings?.navigation} />
}
