import { render, screen, within } from '@testing-library/react'
import { NewsList } from '@/components/news/NewsList'
import { NewsPagination } from '@/components/news/NewsPagination'
import { pageLinks, pageWindow, parsePageParam } from '@/lib/pagination'

const item = (n: number, publishedAt: string) => ({
  _id: `n${n}`,
  title: `News ${n}`,
  slug: `news-${n}`,
  publishedAt,
  excerpt: `Excerpt ${n}`,
  status: 'expected' as const,
  supersededBy: null,
})

describe('NewsList', () => {
  it('shows items in the order given, with readable dates, badges and links', () => {
    render(<NewsList items={[item(2, '2026-11-13T08:00:00Z'), item(1, '2025-10-14T09:00:00Z')]} />)
    const headings = screen.getAllByRole('heading', { level: 2 })
    expect(headings.map((heading) => heading.textContent)).toEqual(['News 2', 'News 1'])
    expect(screen.getByRole('link', { name: 'News 2' })).toHaveAttribute('href', '/news/news-2')
    expect(screen.getByText('13 November 2026')).toHaveAttribute('datetime', '2026-11-13T08:00:00.000Z')
    expect(screen.getAllByText('Expected')).toHaveLength(2)
  })

  it('says so when there is no news', () => {
    render(<NewsList items={[]} />)
    expect(screen.getByText('No news has been published yet.')).toBeInTheDocument()
  })
})

describe('NewsPagination', () => {
  it('links every page, marks the current one and offers newer/older', () => {
    render(<NewsPagination page={2} pageCount={3} />)
    const nav = screen.getByRole('navigation', { name: 'News pages' })
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/news')
    expect(within(nav).getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/news/page/3')
    expect(within(nav).getByText('2')).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news')
    expect(within(nav).getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/news/page/3')
  })

  it('shows a window of at most 11 links on a list of 1,000 pages: first, last, current ±2, previous, next', () => {
    render(<NewsPagination page={500} pageCount={1000} />)
    const nav = screen.getByRole('navigation', { name: 'News pages' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['← Newer', '1', '498', '499', '501', '502', '1000', 'Older →'])
    expect(links.length).toBeLessThanOrEqual(11)
    expect(within(nav).getByText('500')).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getAllByText('…')).toHaveLength(2)
    expect(within(nav).getByRole('link', { name: 'Page 1000' })).toHaveAttribute('href', '/news/page/1000')
  })

  it('is absent when everything fits on one page', () => {
    const { container } = render(<NewsPagination page={1} pageCount={1} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('pagination arithmetic', () => {
  it('slices 23 items into pages of 10 and rejects pages that do not exist', () => {
    expect(pageWindow(1, 23, 10)).toEqual({ page: 1, pageCount: 3, start: 0, end: 10 })
    expect(pageWindow(3, 23, 10)).toEqual({ page: 3, pageCount: 3, start: 20, end: 30 })
    expect(pageWindow(4, 23, 10)).toBeNull()
    expect(pageWindow(0, 23, 10)).toBeNull()
    expect(pageWindow(1, 0, 10)).toEqual({ page: 1, pageCount: 1, start: 0, end: 10 })
  })

  it('windows the page numbers: first, last, current ±2, a one-page gap shown as that page', () => {
    const numbers = (page: number, count: number) => pageLinks(page, count).map((link) => (link.kind === 'page' ? link.page : '…'))
    expect(numbers(1, 1)).toEqual([1])
    expect(numbers(1, 5)).toEqual([1, 2, 3, 4, 5])
    expect(numbers(1, 1000)).toEqual([1, 2, 3, '…', 1000])
    expect(numbers(5, 1000)).toEqual([1, 2, 3, 4, 5, 6, 7, '…', 1000])
    expect(numbers(6, 1000)).toEqual([1, '…', 4, 5, 6, 7, 8, '…', 1000])
    expect(numbers(996, 1000)).toEqual([1, '…', 994, 995, 996, 997, 998, 999, 1000])
    expect(numbers(1000, 1000)).toEqual([1, '…', 998, 999, 1000])
    for (let page = 1; page <= 40; page++) expect(pageLinks(page, 40).filter((link) => link.kind === 'page').length).toBeLessThanOrEqual(9)
  })

  it('accepts only canonical page numbers from the URL', () => {
    expect(parsePageParam('2')).toBe(2)
    for (const raw of ['0', '02', '2.0', '-1', 'two', '']) expect(parsePageParam(raw)).toBeNull()
  })
})
