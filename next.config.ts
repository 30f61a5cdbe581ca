import type { NextConfig } from 'next'
import { distDir, siteUsesHttps } from './lib/site-config'
import { securityHeaderRules } from './lib/security-headers'
import { projectId } from './sanity/env.public'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Tests build variants of the site (other datasets) side by side; the default stays .next.
  distDir,
  // Page 1 of the news list has one address.
  async redirects() {
    return [{ source: '/news/page/1', destination: '/news', permanent: true }]
  },
  // Evaluated at build time (like every prerendered page's metadata): SITE_URL and the project id of the build.
  async headers() {
    return securityHeaderRules({ https: siteUsesHttps, sanityProjectId: projectId })
  },
}

export default nextConfig
