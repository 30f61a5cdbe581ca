import { siteUrlProblem } from './site-config'

/** Stops the server at start-up when a setting is unusable (`problem` says why and what to set). Node.js only. */
export function refuseToStartIf(problem: string | null, scope: string): void {
  if (!problem) return
  console.error(`[${scope}] cannot start: ${problem}`)
  process.exit(1)
}

/** Stops the server at start-up when SITE_URL is unusable for this deployment (see siteUrlProblem). Node.js only. */
export function checkSiteUrlAtStartup(hostedContent: boolean): void {
  refuseToStartIf(siteUrlProblem({ hostedContent }), 'site')
}
