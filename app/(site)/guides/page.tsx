import type { Metadata } from 'next'
import { guideListMetadata, GuideListPage } from './guide-list-page'

export async function generateMetadata(): Promise<Metadata> {
  return guideListMetadata(1)
}

export default async function GuidesFirstPage() {
  return <GuideListPage page={1} />
}
