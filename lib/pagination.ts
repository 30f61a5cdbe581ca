/** Pagination arithmetic for list pages; page numbers start at 1. */

export type PageWindow = { page: number; pageCount: number; start: number; end: number }

/** How many pages `total` items fill; an empty list still has its first page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** The slice of a list of `total` items shown on `page`, or null when that page does not exist. */
export function pageWindow(page: number, total: number, pageSize: number): PageWindow | null {
  const count = pageCount(total, pageSize)
  if (!Number.isInteger(page) || page < 1 || page > count) return null
  const start = (page - 1) * pageSize
  return { page, pageCount: count, start, end: start + pageSize }
}

/** Parses a page number from a URL segment: only canonical positive integers ("2", not "02" or "2.0"). */
export function parsePageParam(raw: string): number | null {
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null
}

/** One item of a pagination bar: a page number, or a gap of several pages. */
export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; key: string }

/**
 * The page numbers a pagination bar shows for `page` of `pageCount`: the first, the last, and the current page with
 * two on each side; a gap of one page shows that page instead of an ellipsis (it takes the same room). At most 9
 * numbers at any size, so with "previous" and "next" at most 11 links.
 */
export function pageLinks(page: number, pageCount: number): PageLink[] {
  const shown = new Set([1, pageCount])
  for (let number = page - 2; number <= page + 2; number++) if (number >= 1 && number <= pageCount) shown.add(number)
  const numbers = [...shown].filter((number) => number >= 1 && number <= pageCount).sort((a, b) => a - b)
  const links: PageLink[] = []
  for (const [index, number] of numbers.entries()) {
    const previous = numbers[index - 1]
    if (previous !== undefined && number - previous === 2) links.push({ kind: 'page', page: previous + 1 })
    else if (previous !== undefined && number - previous > 2) links.push({ kind: 'gap', key: `gap-${previous}` })
    links.push({ kind: 'page', page: number })
  }
  return links
}
