import { defineDocuments, defineLocations, type DocumentLocationResolvers, type DocumentResolver } from 'sanity/presentation'
import { guidePath, newsPath, pagePath } from '../lib/urls'

/*
 * How the Presentation tool connects documents and pages: `locations` lists the pages a document appears on
 * (shown above the form), `mainDocuments` tells which document a previewed URL is about (opened beside it).
 */

const HUB = { title: 'Hub', href: '/' }

export const locations: DocumentLocationResolvers = {
  guide: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (guide) =>
      guide?.slug
        ? { locations: [{ title: guide.title || 'Untitled guide', href: guidePath(guide.slug) }, HUB] }
        : { message: 'This guide has no slug yet, so it has no page to preview.', tone: 'caution' },
  }),
  page: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (page) =>
      page?.slug
        ? { locations: [{ title: page.title || 'Untitled page', href: pagePath(page.slug) }] }
        : { message: 'This page has no slug yet, so it has no address to preview.', tone: 'caution' },
  }),
  newsItem: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (item) =>
      item?.slug
        ? { locations: [{ title: item.title || 'Untitled news item', href: newsPath(item.slug) }, { title: 'News', href: '/news' }, HUB] }
        : { message: 'This news item has no slug yet, so it has no page to preview.', tone: 'caution' },
  }),
  siteSettings: defineLocations({
    message: 'Site settings appear on every page.',
    tone: 'positive',
    locations: [HUB],
  }),
}

export const mainDocuments: DocumentResolver[] = defineDocuments([
  { route: '/', filter: `_id == "siteSettings"` },
  { route: '/news/:slug', filter: `_type == "newsItem" && slug.current == $slug` },
  { route: '/:slug', filter: `_type in ["guide", "page"] && slug.current == $slug` },
])
