import type { MetadataRoute } from 'next'
import { sitemapEntries, sitemapFile, sitemapIds } from '@/lib/sitemap'
import { getSitemapEntries } from '@/sanity/lib/content'

/*
 * The sitemap files, /sitemaps/sitemap/0.xml, /sitemaps/sitemap/1.xml ..., 50,000 addresses each. /sitemap.xml
 * (app/sitemap.xml/route.ts) is the index that lists them: Next writes no index, and a sitemap.ts at the root
 * would claim /sitemap.xml for itself. Cached like a page and refreshed by the list tags of its reader.
 */

export async function generateSitemaps() {
  return sitemapIds(sitemapEntries(await getSitemapEntries()).length)
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapFile(sitemapEntries(await getSitemapEntries()), Number(await id))
}
