import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { recordBuildOrigin } from './lib/build-origin'
import { cacheHeaderRules } from './lib/cache-headers'
import { securityHeaderRules } from './lib/security-headers'
import { distDir, redisUrl, siteUsesHttps, skipBuildTypecheck } from './lib/site-config'
import { projectId } from './sanity/env.public'

export default function nextConfig(phase: string): NextConfig {
  // Several instances share one cache through Redis (see cache-handler.mjs) when REDIS_URL is set at `next start`.
  // A build never writes to Redis: what it prerenders reaches Redis when an instance starts (instrumentation.ts).
  const sharedCache = Boolean(redisUrl) && phase !== PHASE_PRODUCTION_BUILD
  return {
    poweredByHeader: false,
    // Every build also writes a self-contained server folder (<distDir>/standalone: the server files and only the
    // node_modules they use). scripts/assemble-standalone.mts turns it into the runnable folder the Docker image
    // ships; `npm start` (server/start.mjs) serves the build from the project as before.
    output: 'standalone',
    // Unknown addresses get app/global-not-found.tsx, rendered outside the layouts (see that file for why).
    experimental: { globalNotFound: true },
    // Tests build variants of the site (other datasets) side by side; the default stays .next.
    distDir,
    // NEXT_SKIP_TYPECHECK=1 from the test suite, which type-checks the whole project once (lib/site-config.ts).
    typescript: { ignoreBuildErrors: skipBuildTypecheck },
    // The build records the SITE_URL its pages are prerendered with; a server started with another refuses to start
    // (lib/build-origin.ts). Runs after compiling, before prerendering, inside the cleaned build folder.
    compiler: { runAfterProductionCompile: async ({ distDir }) => recordBuildOrigin(distDir) },
    // A build without a Sanity project has no Studio to offer (app/studio explains how to connect one): its loader
    // gets an empty component, and the Studio, most of what a build compiles, is left out.
    ...(projectId ? {} : { turbopack: { resolveAlias: { '@/components/studio/Studio': './components/studio/NoStudio.tsx' } } }),
    ...(sharedCache ? { cacheHandler: require.resolve('./cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
    // Page 1 of the news list and of "All guides" has one address each.
    async redirects() {
      return [
        { source: '/news/page/1', destination: '/news', permanent: true },
        { source: '/guides/page/1', destination: '/guides', permanent: true },
        { source: '/faq/:section/page/1', destination: '/faq/:section', permanent: true },
      ]
    },
    // Security headers of every response (lib/security-headers.ts). Evaluated at build time, like every
    // prerendered page's metadata: SITE_URL and the project id of the build.
    // Then what shared caches may keep (lib/cache-headers.ts): search results for a minute, nothing that answers
    // Next's router (RSC payloads and redirects); the icon sprite for a day.
    async headers() {
      return [...securityHeaderRules({ https: siteUsesHttps, sanityProjectId: projectId }), ...cacheHeaderRules()]
    },
  }
}
