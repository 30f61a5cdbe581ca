import type { MetadataRoute } from 'next'
import { siteIndexing } from '@/lib/site-config'
import { absoluteUrl } from '@/lib/absolute-url'
import { sitemapIndexPath } from '@/lib/urls'

// Read when requested, so flipping SITE_INDEXING on a deployment takes effect at its next start, without a build.
export const dynamic = 'force-dynamic'

/** Readers' pages are open to crawlers, the Studio and the API are not; a deployment not meant to be indexed shuts everything. */
export default function robots(): MetadataRoute.Robots {
  if (!siteIndexing) return { rules: { userAgent: '*', disallow: '/' } }
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/api/'] },
    sitemap: absoluteUrl(sitemapIndexPath),
  }
}
