import { defineQuery } from 'groq'
import { readContent } from '../fetch'

/** Every dated milestone, oldest first, for the release calendar. */
export const RELEASE_MILESTONES_QUERY = defineQuery(`*[_type == "releaseMilestone" && defined(date)] | order(date asc){
  _id, _updatedAt, title, date, windowEnd, window, status, note
}`)

/** Every dated release milestone, for the calendar feed. */
export function getReleaseMilestones() {
  return readContent({ query: RELEASE_MILESTONES_QUERY, lists: ['releaseMilestone'] })
}
