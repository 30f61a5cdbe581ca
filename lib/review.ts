import { latestDate, parseDate } from './dates'

/*
 * How current a guide is: its review date, its change log and the dates derived from them. Pure functions of their
 * inputs ("now" is passed in), so the Studio's warning, the reader's notice, page metadata, JSON-LD and the sitemap
 * all agree and can be tested at any date.
 */

/** A review older than this many days makes the Studio warn the editor. */
export const REVIEW_WARNING_DAYS = 90
/** A review older than this many days makes the page tell readers that details may have changed. */
export const REVIEW_NOTICE_DAYS = 180

const DAY_MS = 86_400_000

/** Whole days from `value` to `now` (negative when `value` is later), or null when `value` is not a date. */
export function daysSince(value: string | null | undefined, now: Date): number | null {
  const date = parseDate(value)
  return date ? Math.floor((now.getTime() - date.getTime()) / DAY_MS) : null
}

/** Whole calendar months from `from` to `to` in UTC: 18 May to 17 November is 5, to 18 November 6. */
export function wholeMonthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth())
  return Math.max(0, months - (to.getUTCDate() < from.getUTCDate() ? 1 : 0))
}

export type StaleReview = { days: number; months: number }

/** How old a review is once readers should be told (older than REVIEW_NOTICE_DAYS); null while recent or unknown. */
export function staleReview(reviewedAt: string | null | undefined, now: Date): StaleReview | null {
  const days = daysSince(reviewedAt, now)
  const reviewed = parseDate(reviewedAt)
  if (days === null || reviewed === null || days <= REVIEW_NOTICE_DAYS) return null
  return { days, months: wholeMonthsBetween(reviewed, now) }
}

/** What readers see on a stale guide: "Last reviewed 7 months ago; details may have changed." */
export function staleReviewMessage({ months }: StaleReview): string {
  const age = months >= 24 ? `${Math.floor(months / 12)} years` : `${months} months`
  return `Last reviewed ${age} ago; details may have changed.`
}

type DatedEntry = { date?: string | null } | null | undefined

/** The fields of a guide its modification date is derived from. */
export type GuideDates = { _updatedAt?: string | null; reviewedAt?: string | null; updates?: readonly DatedEntry[] | null }

/**
 * A guide's dateModified, as an ISO datetime: the latest of its change-log dates and its review date; a guide with
 * neither falls back to its last edit (`_updatedAt`). Future dates are left out. Undefined when nothing is left.
 * The one source of the date for page metadata, JSON-LD and the sitemap, so all three say the same.
 */
export function guideModifiedAt(guide: GuideDates, now: Date = new Date()): string | undefined {
  return latestDate([guide.reviewedAt, ...(guide.updates ?? []).map((entry) => entry?.date)], now) ?? latestDate([guide._updatedAt], now)
}

/** The newest change-log entry that has both a date and a summary; undefined when there is none. */
export function latestUpdate<Entry extends { date?: string | null; summary?: string | null }>(
  updates: readonly (Entry | null)[] | null | undefined,
): Entry | undefined {
  let latest: { entry: Entry; time: number } | undefined
  for (const entry of updates ?? []) {
    const time = parseDate(entry?.date)?.getTime()
    if (!entry || !entry.summary?.trim() || time === undefined) continue
    if (!latest || time > latest.time) latest = { entry, time }
  }
  return latest?.entry
}
