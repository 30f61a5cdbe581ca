import { environmentProblems } from './site-config'

/**
 * Stops the server at start-up when its environment is unusable (see environmentProblems), listing every problem
 * at once so one restart fixes them all. `extraProblems`: the Sanity settings' (sanity/env.ts). Node.js only.
 */
export function checkEnvironmentAtStartup(hostedContent: boolean, extraProblems: string[] = []): void {
  const problems = [...environmentProblems({ hostedContent }), ...extraProblems]
  if (problems.length === 0) return
  console.error(`[site] cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  process.exit(1)
}
