import { Pagination } from '@/components/pagination/Pagination'
import { newsListPath } from '@/lib/urls'

/** The news list's pages: a window of links, newer to the left (see Pagination). */
export function NewsPagination({ page, pageCount }: { page: number; pageCount: number }) {
  return <Pagination page={page} pageCount={pageCount} href={newsListPath} label="News pages" previousLabel="Newer" nextLabel="Older" />
}
