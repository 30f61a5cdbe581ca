import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Tests build variants of the site (other datasets) side by side; the default stays .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Search results are rendered per request and stored nowhere on the server; a shared cache (CDN, nginx) may
  // answer repeats of a query for a minute. Next keeps a Cache-Control header set here on dynamic pages.
  async headers() {
    return [{ source: '/search', headers: [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=60' }] }]
  },
  // Page 1 of the news list has one address.
  async redirects() {
    return [{ source: '/news/page/1', destination: '/news', permanent: true }]
  },
}

export default nextConfig
