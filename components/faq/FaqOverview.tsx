import Link from 'next/link'
import { Icon } from '@/components/icons/Icon'
import { previewHasMore, type FaqPreview } from '@/lib/faq'
import { FAQ_PREVIEW_SIZE } from '@/lib/site-config'
import { faqSectionPath } from '@/lib/urls'
import { FaqList, type FaqEntry } from './FaqList'

/**
 * The body of /faq: each section's first questions, and a link to the section's own page when it holds more. Its
 * size is bounded by the number of sections, however many questions editors publish.
 */
export function FaqOverview({ previews }: { previews: FaqPreview<FaqEntry>[] }) {
  if (previews.length === 0) return <p>No questions have been published yet.</p>
  return previews.map((preview) => (
    <section key={preview.section.slug} aria-labelledby={`faq-${preview.section.slug}`}>
      <h2 id={`faq-${preview.section.slug}`}>{preview.section.heading}</h2>
      <FaqList faqs={preview.entries} />
      {previewHasMore(preview, FAQ_PREVIEW_SIZE) ? (
        <p className="faq-more">
          <Link href={faqSectionPath(preview.section.slug)} className="section-link">
            {`${preview.total === undefined ? 'All questions' : `All ${preview.total} questions`}: ${preview.section.heading}`} <Icon name="arrow-right" size={16} />
          </Link>
        </p>
      ) : null}
    </section>
  ))
}
