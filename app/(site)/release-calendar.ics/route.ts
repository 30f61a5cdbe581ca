import { claimStatusLabel } from '@/lib/vocabulary'
import { buildReleaseCalendar } from '@/lib/release-calendar'
import { absoluteUrl } from '@/lib/absolute-url'
import { siteUrl } from '@/lib/site-config'
import { HOME_PATH, RELEASE_CALENDAR_PATH } from '@/lib/urls'
import { getReleaseMilestones } from '@/sanity/lib/content'

/*
 * Rendered once and cached like a page: the milestone reader tags this route (list:releaseMilestone and each
 * milestone's doc: tag), so a webhook for a milestone refreshes it, with the usual time-based fallback.
 */
export const dynamic = 'force-static'

/** How often subscribed calendar apps are asked to fetch the file again. */
const REFRESH_SECONDS = 12 * 60 * 60

export async function GET() {
  const milestones = await getReleaseMilestones()
  const body = buildReleaseCalendar(
    milestones.map((milestone) => ({
      ...milestone,
      statusLabel: claimStatusLabel(milestone.status) ?? null,
    })),
    { siteUrl, calendarUrl: absoluteUrl(RELEASE_CALENDAR_PATH), moreUrl: absoluteUrl(HOME_PATH), refreshSeconds: REFRESH_SECONDS },
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="windows-12-release-calendar.ics"',
    },
  })
}
