import type { Metadata } from 'next'
import { FAQ_SECTIONS } from '@/lib/faq'
import { getFaqSectionSizes } from '@/sanity/lib/content'
import { faqSectionMetadata, FaqSectionPage } from './faq-section-page'

type Props = { params: Promise<{ category: string }> }

/** The first page of every section that holds questions at build time; a section started later renders on request. */
export async function generateStaticParams() {
  const sizes = await getFaqSectionSizes()
  return FAQ_SECTIONS.filter((section) => (sizes?.get(section.slug) ?? 0) > 0).map((section) => ({ category: section.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return faqSectionMetadata((await params).category, 1)
}

export default async function FaqSectionFirstPage({ params }: Props) {
  return <FaqSectionPage slug={(await params).category} page={1} />
}
