import { sitemapEntries, sitemapIndexEntries, sitemapIndexXml } from '@/lib/sitemap'
import { getSitemapEntries } from '@/sanity/lib/content'

// Prerendered and cached like a page (a GET route handler is rendered per request unless told otherwise), refreshed
// through its reader's list tags.
export const dynamic = 'force-static'

/** The sitemap index named in robots.txt: one entry per file of app/sitemaps/sitemap.ts. */
export async function GET() {
  const xml = sitemapIndexXml(sitemapIndexEntries(sitemapEntries(await getSitemapEntries())))
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
