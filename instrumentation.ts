import path from 'node:path'

/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  const { distDir, redisUrl, runsOnNode } = await import('./lib/site-config')
  if (!runsOnNode) return
  const { refuseFetchForbiddenMethods } = await import('./lib/method-guard')
  refuseFetchForbiddenMethods()
  const { contentSource } = await import('./sanity/env.public')
  const { sanityEnvironmentProblems } = await import('./sanity/env')
  const { checkEnvironmentAtStartup } = await import('./lib/startup-check')
  checkEnvironmentAtStartup(contentSource === 'hosted', sanityEnvironmentProblems())
  const { checkEmbeddedDatasetAtStartup } = await import('./sanity/lib/startup-check')
  checkEmbeddedDatasetAtStartup()
  // Once the server listens (server/start.mjs runs these hooks), the embedded search index is built in the
  // background, so the first search does not wait for all of it. Loaded now, so the build starts at once then.
  const { warmSearchIndex } = await import('./sanity/lib/site-search')
  const listening = globalThis as typeof globalThis & { __windows12GuideListeningHooks?: Set<() => void> }
  ;(listening.__windows12GuideListeningHooks ??= new Set()).add(warmSearchIndex)
  // With a shared Redis cache (cache-handler.mjs), the pages this build prerendered are copied into it, unless an
  // instance of the same build already put a newer version there.
  if (redisUrl) {
    const [{ registerInitialCache }, { default: CacheHandler }] = await Promise.all([
      import('@fortedigital/nextjs-cache-handler/instrumentation'),
      import('./cache-handler.mjs'),
    ])
    const { routeCacheKeyMapper } = await import('./lib/route-cache-keys')
    const toRouteCacheKey = routeCacheKeyMapper(path.join(/*turbopackIgnore: true*/ process.cwd(), distDir))
    // registerInitialCache writes under plain paths; Next 16.5 reads under route-owned keys (see lib/route-cache-keys).
    class PrerenderedPagesHandler extends CacheHandler {
      override set(...[key, value, context]: Parameters<InstanceType<typeof CacheHandler>['set']>) {
        return super.set(toRouteCacheKey(key, value?.kind), value, context)
      }
    }
    await registerInitialCache(PrerenderedPagesHandler, { setOnlyIfNotExists: true, buildDir: distDir })
  }
}
