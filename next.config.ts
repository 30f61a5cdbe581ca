import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Tests build variants of the site (other datasets) side by side; the default stays .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Page 1 of the news list has one address.
  async redirects() {
    return [{ source: '/news/page/1', destination: '/news', permanent: true }]
  },
}

export default nextConfig
