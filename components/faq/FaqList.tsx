import type { FAQ_SECTION_QUERY_RESULT } from '@/sanity.types'
import { RichText } from '@/components/portable-text/RichText'
import { faqEntryId } from '@/lib/urls'

export type FaqEntry = Pick<FAQ_SECTION_QUERY_RESULT[number], '_id' | 'question' | 'answer'>

/** Questions as native disclosure widgets: open and close without JavaScript, answers stay in the HTML. */
export function FaqList({ faqs, headingLevel = 3 }: { faqs: FaqEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="faq-list">
      {faqs.map((faq) => (
        <details key={faq._id} id={faqEntryId(faq._id)}>
          <summary>
            <Heading className="faq-question">{faq.question}</Heading>
          </summary>
          <div className="faq-answer">
            <RichText value={faq.answer} />
          </div>
        </details>
      ))}
    </div>
  )
}
