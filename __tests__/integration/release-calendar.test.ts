/**
 * @jest-environment node
 */
import { claimStatusLabel } from '@/lib/vocabulary'
import { buildReleaseCalendar, type CalendarMilestone } from '@/lib/release-calendar'
import type { RELEASE_MILESTONES_QUERY_RESULT } from '@/sanity.types'
import { RELEASE_MILESTONES_QUERY } from '@/sanity/lib/content/calendar'
import { icalDate, parseICalendar } from '../support/ical'
import { loadSeed, runQuery } from '../support/seed'

const seed = loadSeed()
const options = {
  siteUrl: 'https://guide.example',
  calendarUrl: 'https://guide.example/release-calendar.ics',
  moreUrl: 'https://guide.example/',
  refreshSeconds: 43_200,
}

const toCalendar = (milestones: RELEASE_MILESTONES_QUERY_RESULT): CalendarMilestone[] =>
  milestones.map((milestone) => ({ ...milestone, statusLabel: claimStatusLabel(milestone.status) ?? null }))

describe('the release calendar built from the seed milestones', () => {
  let milestones: RELEASE_MILESTONES_QUERY_RESULT
  let text: string
  beforeAll(async () => {
    milestones = await runQuery<RELEASE_MILESTONES_QUERY_RESULT>(seed, RELEASE_MILESTONES_QUERY)
    text = buildReleaseCalendar(toCalendar(milestones), options)
  })

  it('parses back into one all-day event per milestone, in date order, with stable UIDs', () => {
    const calendar = parseICalendar(text)
    expect(calendar.properties.VERSION.value).toBe('2.0')
    expect(calendar.properties['X-WR-CALNAME'].value).toBe('Windows 12 release calendar')
    expect(calendar.events).toHaveLength(seed.filter((doc) => doc._type === 'releaseMilestone').length)
    expect(calendar.events.map((event) => event.UID.value)).toEqual(milestones.map((milestone) => `${milestone._id}@guide.example`))
    for (const event of calendar.events) {
      expect(event.DTSTART.params).toEqual({ VALUE: 'DATE' })
      expect(event.DTEND.params).toEqual({ VALUE: 'DATE' })
    }
    expect(buildReleaseCalendar(toCalendar(milestones), options)).toBe(text)
  })

  it('spans a window with an end as a range of days (end exclusive), and a single date as one day', () => {
    const events = parseICalendar(text).events
    const byUid = (id: string) => events.find((event) => event.UID.value === `${id}@guide.example`)!
    const launch = byUid('milestone-windows-12-launch')
    expect([icalDate(launch.DTSTART.value), icalDate(launch.DTEND.value)]).toEqual(['2026-10-01', '2027-04-01'])
    expect(launch.SUMMARY.value).toBe('Windows 12 general availability (expected)')
    const released = byUid('milestone-windows-11-release')
    expect([icalDate(released.DTSTART.value), icalDate(released.DTEND.value)]).toEqual(['2021-10-05', '2021-10-06'])
    expect(released.SUMMARY.value).toBe('Windows 11 released (confirmed)')
  })

  it('gives the claim status, the window and the note in the description', () => {
    const launch = parseICalendar(text).events.find((event) => event.UID.value.startsWith('milestone-windows-12-launch@'))!
    expect(launch.DESCRIPTION.value).toBe(
      [
        'Claim status: Expected.',
        'When: Late 2026 to early 2027 (1 October 2026 to 31 March 2027).',
        'Unconfirmed. With no preview yet, the later end of the window, or a slip further into 2027, looks more likely.',
        'More: https://guide.example/',
      ].join('\n\n'),
    )
    const preview = parseICalendar(text).events.find((event) => event.UID.value.startsWith('milestone-insider-preview@'))!
    expect(preview.DESCRIPTION.value).toContain('When: Before any public release. The date shown is an estimate.')
  })

  it('keeps hostile text inert: line breaks and iCalendar syntax in a title or note stay inside their property', () => {
    const hostile: CalendarMilestone = {
      _id: 'milestone-hostile',
      _updatedAt: '2026-11-18T09:00:00Z',
      title: 'Launch\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected',
      date: '2026-12-15',
      windowEnd: '2026-12-01',
      statusLabel: 'Rumored',
      note: 'A; b, c \\ <script>alert(1)</script>\nDTSTART:19700101',
    }
    const broken = { ...hostile, _id: 'milestone-broken', date: 'soon' }
    const calendar = parseICalendar(buildReleaseCalendar([hostile, broken], options))
    expect(calendar.events).toHaveLength(1)
    const [event] = calendar.events
    expect(event.SUMMARY.value).toBe('Launch\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected (rumored)')
    expect(event.DESCRIPTION.value).toContain('A; b, c \\ <script>alert(1)</script>\nDTSTART:19700101')
    // A window that "ends" before it starts is shown on its first day.
    expect([icalDate(event.DTSTART.value), icalDate(event.DTEND.value)]).toEqual(['2026-12-15', '2026-12-16'])
  })
})
