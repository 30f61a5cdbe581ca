import { PagedListFrame, type ListPageAt } from '@/components/pagination/PagedListFrame'
import { Pagination } from '@/components/pagination/Pagination'
import type { FaqSection } from '@/lib/faq'
import { faqSectionPath } from '@/lib/urls'
import { FaqList, type FaqEntry } from './FaqList'

/**
 * The body of /faq/<section> and /faq/<section>/page/N: one page of a section's questions in the editors' order,
 * with the same window of page links as the news list. Whether the page exists is the page's decision.
 */
export function FaqSectionIndex({ section, at, entries }: { section: FaqSection; at: ListPageAt; entries: FaqEntry[] }) {
  return (
    <PagedListFrame
      className="faq-page"
      heading={section.heading}
      lede="Windows 12 questions and answers on this topic. Where Microsoft has not said anything yet, the answer says so."
      at={at}
      pagination={
        <Pagination
          page={at.page}
          pageCount={at.pageCount}
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
