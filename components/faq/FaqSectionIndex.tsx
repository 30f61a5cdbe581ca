import { PagedListFrame } from '@/components/pagination/PagedListFrame'
import { Pagination } from '@/components/pagination/Pagination'
import type { Crumb } from '@/lib/breadcrumbs'
import type { FaqSection } from '@/lib/faq'
import { faqSectionPath } from '@/lib/urls'
import { FaqList, type FaqEntry } from './FaqList'

type Props = { section: FaqSection; page: number; pageCount: number; entries: FaqEntry[]; trail: readonly Crumb[] }

/**
 * The body of /faq/<section> and /faq/<section>/page/N: one page of a section's questions in the editors' order,
 * with the same window of page links as the news list. Whether the page exists is the page's decision.
 */
export function FaqSectionIndex({ section, page, pageCount, entries, trail }: Props) {
  return (
    <PagedListFrame
      className="faq-page"
      page={page}
      pageCount={pageCount}
      heading={section.heading}
      lede="Windows 12 questions and answers on this topic. Where Microsoft has not said anything yet, the answer says so."
      trail={trail}
      pagination={
        <Pagination
          page={page}
          pageCount={pageCount}
          href={(number) => faqSectionPath(section.slug, number)}
          label={`Pages of “${section.heading}”`}
          previousLabel="Previous"
          nextLabel="Next"
        />
      }
    >
      <FaqList faqs={entries} headingLevel={2} />
    </PagedListFrame>
  )
}
