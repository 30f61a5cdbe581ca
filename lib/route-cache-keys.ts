import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getRouteCacheKey } from 'next/dist/server/lib/route-cache-key'
import type { RouteKind } from 'next/dist/server/route-kind'

/**
 * Next 16.5 keys its response cache by the route that owns an entry (`/route-cache/APP_PAGE/<hash of the route's
 * page>/$/faq`), while @fortedigital/nextjs-cache-handler's registerInitialCache still writes the prerendered pages
 * under their plain paths (`/faq`), where Next never looks. This maps a plain path to the key Next reads, from the
 * build's own manifests, so a new instance serves every prerendered page from the shared cache on its first request.
 * It uses Next's own key function (an internal module): if a later Next moves it, the typecheck says so.
 */
export function routeCacheKeyMapper(buildDir: string): (cachePath: string, kind: unknown) => string {
  const read = <T>(file: string) => JSON.parse(readFileSync(path.join(buildDir, file), 'utf8')) as T
  const routes = read<{ routes: Record<string, { srcRoute?: string | null }> }>('prerender-manifest.json').routes
  // The app's page names ("/(site)/[slug]/page") by the route they serve ("/[slug]").
  const pageOfRoute = new Map(
    Object.entries(read<Record<string, string>>('app-path-routes-manifest.json')).map(([page, route]) => [route, page]),
  )
  return (cachePath, kind) => {
    // registerInitialCache names the home page /index.
    const pathname = cachePath === '/index' ? '/' : cachePath
    const page = pageOfRoute.get(routes[pathname]?.srcRoute ?? pathname)
    if (!page || (kind !== 'APP_PAGE' && kind !== 'APP_ROUTE')) return cachePath
    return getRouteCacheKey(pathname, { kind: kind as RouteKind, sourceRoute: page })
  }
}
