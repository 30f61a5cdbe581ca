import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // ES-module-only packages that jest (through next/jest) must transpile, since it runs tests as CommonJS.
  transpilePackages: ['@portabletext/react', '@portabletext/toolkit', 'groq-js', 'next-sanity', '@sanity/webhook', 'obug'],
  poweredByHeader: false,
  // Tests build variants of the site (other datasets) side by side; the default stays .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default nextConfig
