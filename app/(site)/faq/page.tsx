import type { Metadata } from 'next'
import { FaqList } from '@/components/faq/FaqList'
import { groupFaqsByCategory } from '@/components/faq/categories'
import { getFaqs } from '@/sanity/lib/content'

export const metadata: Metadata = {
  title: 'Windows 12 FAQ',
  description: 'Answers to common Windows 12 questions: price, ISO release, upgrading from Windows 11, safety and hardware.',
  alternates: { canonical: '/faq' },
}

export default async function FaqPage() {
  const faqs = await getFaqs()
  const groups = groupFaqsByCategory(faqs)
  return (
    <div className="faq-page">
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
