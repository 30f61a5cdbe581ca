import path from 'node:path'

/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseFetchForbiddenMethods } = await import('./lib/method-guard')
  refuseFetchForbiddenMethods()
  const { contentSource } = await import('./sanity/env.public')
  const { checkSiteUrlAtStartup, refuseToStartIf } = await import('./lib/startup-check')
  checkSiteUrlAtStartup(contentSource === 'hosted')
  // The read token never travels over plain http beyond this machine.
  const { apiHostProblem } = await import('./sanity/env')
  refuseToStartIf(apiHostProblem(), 'sanity')
  const { checkEmbeddedDatasetAtStartup } = await import('./sanity/lib/startup-check')
  checkEmbeddedDatasetAtStartup()
  // With a shared Redis cache (cache-handler.mjs), the pages this build prerendered are copied into it, unless an
  // instance of the same build already put a newer version there.
  const { distDir, redisUrl } = await import('./lib/site-config')
  if (redisUrl) {
    const [{ registerInitialCache }, { default: CacheHandler }] = await Promise.all([
      import('@fortedigital/nextjs-cache-handler/instrumentation'),
      import('./cache-handler.mjs'),
    ])
    const { routeCacheKeyMapper } = await import('./lib/route-cache-keys')
    const toRouteCacheKey = routeCacheKeyMapper(path.join(process.cwd(), distDir))
    // registerInitialCache writes under plain paths; Next 16.5 reads under route-owned keys (see lib/route-cache-keys).
    class PrerenderedPagesHandler extends CacheHandler {
      override set(...[key, value, context]: Parameters<InstanceType<typeof CacheHandler>['set']>) {
        return super.set(toRouteCacheKey(key, value?.kind), value, context)
      }
    }
    await registerInitialCache(PrerenderedPagesHandler, { setOnlyIfNotExists: true, buildDir: distDir })
  }
}
