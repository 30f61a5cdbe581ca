import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { parsePageParam } from '@/lib/pagination'
import { faqSectionMetadata, FaqSectionPage } from '../../faq-section-page'

type Props = { params: Promise<{ category: string; page: string }> }

/** Nothing prerendered: later pages render on their first request and are cached from then on. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, page: raw } = await params
  const page = parsePageParam(raw)
  return page ? faqSectionMetadata(category, page) : {}
}

export default async function FaqSectionLaterPage({ params }: Props) {
  const { category, page: raw } = await params
  const page = parsePageParam(raw)
  if (!page) notFound()
  return <FaqSectionPage slug={category} page={page} />
}
