import { buildOriginProblem, readBuildOrigin } from './build-origin'
import { log } from './log'
import { environmentProblems, isProduction } from './site-config'

/**
 * Stops the server at start-up when its environment is unusable (see environmentProblems), or when SITE_URL differs
 * from the one the build prerendered its pages with (see ./build-origin; `next dev` renders every page as it goes),
 * listing every problem at once so one restart fixes them all. `extraProblems`: the Sanity settings'
 * (sanity/env.ts). Node.js only.
 */
export function checkEnvironmentAtStartup(hostedContent: boolean, extraProblems: string[] = []): void {
  const problems = [...environmentProblems({ hostedContent }), ...extraProblems]
  const origin = isProduction && problems.length === 0 ? buildOriginProblem(readBuildOrigin()) : null
  if (origin) problems.push(origin)
  if (problems.length === 0) return
  log.error('site', `cannot start: ${problems.join('\n  ')}`)
  process.exit(1)
}
