/** Dates as readers see them: unambiguous, in English, independent of the server's time zone. */

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A Sanity date ("2026-11-20", read as UTC midnight) or datetime; null for missing or invalid input. */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "2026-11-20" or an ISO datetime -> "20 November 2026"; null for missing or invalid input. */
export function formatDate(value: string | null | undefined): string | null {
  const date = parseDate(value)
  return date ? dayFormat.format(date) : null
}

/** The value for a <time dateTime> attribute, or undefined when the input is not a date. */
export function isoDate(value: string | null | undefined): string | undefined {
  return parseDate(value)?.toISOString()
}

/**
 * The latest of several Sanity dates or datetimes, as an ISO string; missing, invalid and future values are left
 * out (a date typed ahead by mistake must not make a page look newer than now). Undefined when none is left.
 */
export function latestDate(values: ReadonlyArray<string | null | undefined>, now: Date = new Date()): string | undefined {
  let latest: Date | null = null
  for (const value of values) {
    const date = parseDate(value)
    if (date && date.getTime() <= now.getTime() && (!latest || date > latest)) latest = date
  }
  return latest?.toISOString()
}
