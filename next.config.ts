import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { securityHeaderRules } from './lib/security-headers'
import { siteUsesHttps } from './lib/site-config'
import { projectId } from './sanity/env.public'

export default function nextConfig(phase: string): NextConfig {
  // Several instances share one cache through Redis (see cache-handler.mjs) when REDIS_URL is set at `next start`.
  // A build never writes to Redis: what it prerenders reaches Redis when an instance starts (instrumentation.ts).
  const sharedCache = Boolean(process.env.REDIS_URL) && phase !== PHASE_PRODUCTION_BUILD
  return {
    poweredByHeader: false,
    // Unknown addresses get app/global-not-found.tsx, rendered outside the layouts (see that file for why).
    experimental: { globalNotFound: true },
    // Tests build variants of the site (other datasets) side by side; the default stays .next.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // The test suite type-checks the whole project once (`tsc --noEmit` in `npm test`) and sets this for its own
    // builds; every other build checks types as usual.
    typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
    // A build without a Sanity project has no Studio to offer (app/studio explains how to connect one): its loader
    // gets an empty component, and the Studio, most of what a build compiles, is left out.
    ...(projectId ? {} : { turbopack: { resolveAlias: { '@/components/studio/Studio': './components/studio/NoStudio.tsx' } } }),
    ...(sharedCache ? { cacheHandler: require.resolve('./cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
    // Page 1 of the news list and of "All guides" has one address each.
    async redirects() {
      return [
        { source: '/news/page/1', destination: '/news', permanent: true },
        { source: '/guides/page/1', destination: '/guides', permanent: true },
      ]
    },
    // Security headers of every response (lib/security-headers.ts). Evaluated at build time, like every
    // prerendered page's metadata: SITE_URL and the project id of the build.
    // Search results are rendered per request and stored nowhere on the server; a shared cache (CDN, nginx) may
    // answer repeats of a query for a minute. Next keeps a Cache-Control header set here on dynamic pages.
    async headers() {
      return [
        ...securityHeaderRules({ https: siteUsesHttps, sanityProjectId: projectId }),
        { source: '/search', headers: [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=60' }] },
      ]
    },
  }
}
