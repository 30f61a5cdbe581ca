import { buildOriginProblem, readBuildOrigin } from './build-origin'
import { isProduction, siteUrlProblem } from './site-config'

/**
 * Stops the server at start-up when SITE_URL is unusable for this deployment (see siteUrlProblem), or differs from
 * the one the build prerendered its pages with (see ./build-origin; `next dev` renders every page as it goes). Node.js
 * only.
 */
export function checkSiteUrlAtStartup(hostedContent: boolean): void {
  const problem = siteUrlProblem({ hostedContent }) ?? (isProduction ? buildOriginProblem(readBuildOrigin()) : null)
  if (!problem) return
  console.error(`[site] cannot start: ${problem}`)
  process.exit(1)
}
