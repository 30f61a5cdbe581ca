import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildSite } from './next-server'
import { startSanityStandIn } from './sanity-api-standin'
import { loadSeed } from './seed'
import { buildEnv, SHARED_BUILD_DIRS, type BuildKind } from './shared-builds'

/*
 * Jest global setup of the e2e project: makes the two shared builds (see ./shared-builds) one after the other
 * (side by side they only fight over the same two cores). E2E_REUSE_BUILDS=1 keeps builds from an earlier run,
 * for the edit loop of a test that does not change the app.
 */
const ROOT = path.join(__dirname, '..', '..')

async function build(kind: BuildKind): Promise<void> {
  // Written only after a build succeeded: a failed build can leave a BUILD_ID behind.
  const complete = path.join(ROOT, SHARED_BUILD_DIRS[kind], '.e2e-build-complete')
  if (process.env.E2E_REUSE_BUILDS === '1' && existsSync(complete)) {
    console.log(`\n[e2e] reusing the ${kind} build`)
    return
  }
  const standIn = kind === 'hosted' ? await startSanityStandIn(loadSeed()) : undefined
  try {
    const { seconds } = await buildSite(buildEnv(kind, standIn?.url))
    writeFileSync(complete, new Date().toISOString())
    console.log(`\n[e2e] next build (${kind}): ${seconds.toFixed(1)} s`)
  } finally {
    await standIn?.stop()
  }
}

export default async function globalSetup(): Promise<void> {
  await build('embedded')
  await build('hosted')
}
