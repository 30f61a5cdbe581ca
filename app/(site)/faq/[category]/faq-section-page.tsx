import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FaqSectionIndex } from '@/components/faq/FaqSectionIndex'
import { JsonLd } from '@/components/seo/JsonLd'
import { findFaqSection } from '@/lib/faq'
import { faqJsonLd } from '@/lib/jsonld'
import { faqSectionList, pagedListMetadata, pagedListTrail } from '@/lib/paged-lists'
import { METADATA_IMAGES } from '@/lib/routes'
import { SOCIAL_IMAGE_SIZE } from '@/lib/social-image'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { portableTextToPlain } from '@/lib/text'
import { getFaqSectionPage, getSiteSettings } from '@/sanity/lib/content'

/*
 * What /faq/<section> and /faq/<section>/page/N share: one page of an FAQ section. The proxy already answers 404
 * for an unknown section and a page past the end (route index); the checks here cover a section that shrank since.
 */

export async function faqSectionMetadata(slug: string, page: number): Promise<Metadata> {
  const section = findFaqSection(slug)
  if (!section) return {}
  const settings = await getSiteSettings()
  const metadata = pagedListMetadata(faqSectionList(section), page, settings?.title || FALLBACK_SITE_TITLE)
  if (page === 1) return metadata
  // Next gives a folder's opengraph-image to that folder's page only: later pages share the section's image.
  const image = { url: METADATA_IMAGES.faqSection.replace(':category', section.slug), ...SOCIAL_IMAGE_SIZE, alt: `Windows 12 FAQ: ${section.heading}` }
  return { ...metadata, openGraph: { ...metadata.openGraph, images: [image] }, twitter: { ...metadata.twitter, images: [image] } }
}

export async function FaqSectionPage({ slug, page }: { slug: string; page: number }) {
  const section = findFaqSection(slug)
  if (!section) notFound()
  const { entries, pageCount } = await getFaqSectionPage(section.slug, page)
  if (page > pageCount || entries.length === 0) notFound()
  const trail = pagedListTrail(faqSectionList(section), page)
  return (
    <>
      <JsonLd data={faqJsonLd(entries.map((faq) => ({ question: faq.question, answer: portableTextToPlain(faq.answer) })), trail)} />
      <FaqSectionIndex section={section} at={{ page, pageCount, trail }} entries={entries} />
    </>
  )
}
