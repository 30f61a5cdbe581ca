import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { parsePageParam } from '@/lib/pagination'
import { guideListMetadata, GuideListPage } from '../../guide-list-page'

type Props = { params: Promise<{ page: string }> }

/** Nothing prerendered: later pages render on their first request and are cached from then on. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page)
  return page ? guideListMetadata(page) : {}
}

export default async function GuidesLaterPage({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  return <GuideListPage page={page} />
}
