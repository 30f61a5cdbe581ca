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
