import ical from 'ical-generator'
import { formatDate } from './dates'

/** One milestone as the calendar needs it; dates are Sanity dates ("2026-12-15"). */
export type CalendarMilestone = {
  _id: string
  _updatedAt: string
  title: string
  date: string
  /** Last day of a window, when the window has an end. */
  windowEnd?: string | null
  /** The window in words, e.g. "Late 2026 to early 2027". */
  window?: string | null
  /** How sure the milestone is, in words ("Expected"). */
  statusLabel?: string | null
  note?: string | null
}

export type CalendarOptions = {
  /** The site's canonical origin, e.g. https://example.com (UIDs are scoped to its host name). */
  siteUrl: string
  /** The calendar's own address. */
  calendarUrl: string
  /** Where readers read more about the milestones. */
  moreUrl: string
  /** How often subscribed calendar apps should fetch it again, in seconds. */
  refreshSeconds: number
}

const DAY_MS = 86_400_000
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
/** iCalendar's end of an all-day event is exclusive: the day after the last day. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS)

function describe(milestone: CalendarMilestone, moreUrl: string): string {
  const lines: string[] = []
  if (milestone.statusLabel) lines.push(`Claim status: ${milestone.statusLabel}.`)
  if (milestone.window) {
    const range = isDate(milestone.windowEnd) ? ` (${formatDate(milestone.date)} to ${formatDate(milestone.windowEnd)})` : ''
    lines.push(`When: ${milestone.window}${range}.${range ? '' : ' The date shown is an estimate.'}`)
  }
  if (milestone.note) lines.push(milestone.note)
  lines.push(`More: ${moreUrl}`)
  return lines.join('\n\n')
}

/**
 * The release calendar: one all-day event per milestone, a window with an end as a range of days. UIDs come from
 * the documents' ids, so calendar apps update an event in place when its milestone changes; DTSTAMP is the
 * milestone's last edit, so the same content always gives the same file.
 */
export function buildReleaseCalendar(milestones: readonly CalendarMilestone[], options: CalendarOptions): string {
  const host = new URL(options.siteUrl).hostname
  const calendar = ical({
    name: 'Windows 12 release calendar',
    description: 'Windows 12 release milestones, each labeled confirmed, expected or rumored.',
    prodId: { company: 'Windows 12 Guide', product: 'Release calendar', language: 'EN' },
    url: options.calendarUrl,
    ttl: options.refreshSeconds,
  })
  for (const milestone of milestones) {
    if (!isDate(milestone.date) || !milestone.title) continue
    const lastDay = isDate(milestone.windowEnd) && milestone.windowEnd > milestone.date ? milestone.windowEnd : milestone.date
    const edited = Number.isNaN(Date.parse(milestone._updatedAt)) ? new Date(Date.parse(`${milestone.date}T00:00:00Z`)) : new Date(milestone._updatedAt)
    calendar.createEvent({
      id: `${milestone._id}@${host}`,
      allDay: true,
      start: new Date(Date.parse(`${milestone.date}T00:00:00Z`)),
      end: dayAfter(lastDay),
      summary: milestone.statusLabel ? `${milestone.title} (${milestone.statusLabel.toLowerCase()})` : milestone.title,
      description: describe(milestone, options.moreUrl),
      url: options.moreUrl,
      stamp: edited,
      lastModified: edited,
    })
  }
  return calendar.toString()
}
