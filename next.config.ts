import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // ES-module-only packages that jest (through next/jest) must transpile, since it runs tests as CommonJS.
  transpilePackages: ['@portabletext/react', '@portabletext/toolkit', 'groq-js', 'next-sanity', '@sanity/webhook'],
  poweredByHeader: false,
}

export default nextConfig
