import type { Metadata } from 'next'
import { FaqList } from '@/components/faq/FaqList'
import { groupFaqsByCategory } from '@/components/faq/categories'
import { JsonLd } from '@/components/seo/JsonLd'
import { faqJsonLd } from '@/lib/jsonld'
import { pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { portableTextToPlain } from '@/lib/text'
import { FAQ_PATH } from '@/lib/urls'
import { getFaqs, getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: 'Windows 12 FAQ',
    description: 'Answers to common Windows 12 questions: price, ISO release, upgrading from Windows 11, safety and hardware.',
    path: FAQ_PATH,
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

export default async function FaqPage() {
  const faqs = await getFaqs()
  const groups = groupFaqsByCategory(faqs)
  return (
    <div className="faq-page">
      <JsonLd data={faqJsonLd(faqs.map((faq) => ({ question: faq.question, answer: portableTextToPlain(faq.answer) })))} />
      <header className="article-header">
        <h1>Windows 12: frequently asked questions</h1>
        <p className="lede">Short, honest answers. Where Microsoft has not said anything yet, the answer says so.</p>
      </header>
      {groups.length === 0 ? <p>No questions have been published yet.</p> : null}
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`faq-${group.category}`}>
          <h2 id={`faq-${group.category}`}>{group.title}</h2>
          <FaqList faqs={group.faqs} />
        </section>
      ))}
    </div>
  )
}
