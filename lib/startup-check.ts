import { siteUrlProblem } from './site-config'
import { log } from './log'

/** Stops the server at start-up when SITE_URL is unusable for this deployment (see siteUrlProblem). Node.js only. */
export function checkSiteUrlAtStartup(hostedContent: boolean): void {
  const problem = siteUrlProblem({ hostedContent })
  if (!problem) return
  log.error('site', `cannot start: ${problem}`)
  process.exit(1)
}
