import type { Metadata } from 'next'
import { FaqOverview } from '@/components/faq/FaqOverview'
import { JsonLd } from '@/components/seo/JsonLd'
import { faqJsonLd } from '@/lib/jsonld'
import { pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { portableTextToPlain } from '@/lib/text'
import { FAQ_PATH } from '@/lib/urls'
import { getFaqOverview, getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: 'Windows 12 FAQ',
    description: 'Answers to common Windows 12 questions: price, ISO release, upgrading from Windows 11, safety and hardware.',
    path: FAQ_PATH,
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

/** The overview: each section's first questions; a section with more links to its own pages (/faq/<section>). */
export default async function FaqPage() {
  const previews = await getFaqOverview()
  const shown = previews.flatMap((preview) => preview.entries)
  return (
    <div className="faq-page">
      <JsonLd data={faqJsonLd(shown.map((faq) => ({ question: faq.question, answer: portableTextToPlain(faq.answer) })))} />
      <header className="article-header">
        <h1>Windows 12: frequently asked questions</h1>
        <p className="lede">Short, honest answers. Where Microsoft has not said anything yet, the answer says so.</p>
      </header>
      <FaqOverview previews={previews} />
    </div>
  )
}
