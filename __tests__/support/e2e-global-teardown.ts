/*
 * Jest global teardown of the e2e project: a hosted build that the global setup started in the background and no
 * test waited for (a run of a few files) is stopped, so jest exits at once.
 */
const store = globalThis as typeof globalThis & { __e2eHostedBuild?: { stop: AbortController; done: Promise<void> } }

export default async function globalTeardown(): Promise<void> {
  const background = store.__e2eHostedBuild
  if (!background) return
  background.stop.abort()
  await background.done
}
