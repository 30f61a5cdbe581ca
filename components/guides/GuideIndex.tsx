import type { NavGroups } from '@/components/layout/navigation'
import { PagedListFrame, type ListPageAt } from '@/components/pagination/PagedListFrame'
import { Pagination } from '@/components/pagination/Pagination'
import { GUIDE_LIST_TITLE } from '@/lib/metadata'
import { guideListPath } from '@/lib/urls'
import { GuideCards, type GuideCardData } from './GuideCard'
import { groupGuides, guideIcons } from './guide-groups'

type Props = { at: ListPageAt; guides: GuideCardData[]; navigation: NavGroups | null | undefined }

/**
 * The body of /guides and /guides/page/N: one page of every guide, in the navigation's groups (its guides come
 * first), the rest under "Other guides", with the same window of page links as the news list.
 */
export function GuideIndex({ at, guides, navigation }: Props) {
  const groups = groupGuides(guides, navigation, 'Other guides')
  const icons = guideIcons(navigation)
  return (
    <PagedListFrame
      className="guide-index"
      heading={GUIDE_LIST_TITLE}
      lede="Every guide on the site, grouped as in the menu. Each one says what is confirmed and what is only expected."
      at={at}
      pagination={<Pagination page={at.page} pageCount={at.pageCount} href={guideListPath} label="Guide pages" previousLabel="Previous" nextLabel="Next" />}
    >
      {groups.length === 0 ? <p>No guides have been published yet.</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="hub-section" aria-labelledby={`guides-${group.key}`}>
          <h2 id={`guides-${group.key}`}>{group.title}</h2>
          <GuideCards guides={group.guides} icons={icons} headingLevel={3} />
        </section>
      ))}
    </PagedListFrame>
  )
}
