import { defineDocuments, defineLocations, type DocumentLocationResolvers, type DocumentResolver } from 'sanity/presentation'
import { documentPath, HOME_PATH, NEWS_PATH, ROUTABLE_TYPES, type RoutableType } from '../lib/urls'

/*
 * How the Presentation tool connects documents and pages: `locations` lists the pages a document appears on
 * (shown above the form), `mainDocuments` tells which document a previewed URL is about (opened beside it).
 */

const HUB = { title: 'Hub', href: HOME_PATH }

/** The locations of a document with a page of its own: that page, then the lists it appears on. */
function pageLocations(type: RoutableType, untitled: string, noSlug: string, alsoOn: { title: string; href: string }[]) {
  return defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (document) =>
      document?.slug
        ? { locations: [{ title: document.title || untitled, href: documentPath(type, document.slug) }, ...alsoOn] }
        : { message: noSlug, tone: 'caution' },
  })
}

export const locations: DocumentLocationResolvers = {
  guide: pageLocations('guide', 'Untitled guide', 'This guide has no slug yet, so it has no page to preview.', [HUB]),
  page: pageLocations('page', 'Untitled page', 'This page has no slug yet, so it has no address to preview.', []),
  newsItem: pageLocations('newsItem', 'Untitled news item', 'This news item has no slug yet, so it has no page to preview.', [
    { title: 'News', href: NEWS_PATH },
    HUB,
  ]),
  siteSettings: defineLocations({
    message: 'Site settings appear on every page.',
    tone: 'positive',
    locations: [HUB],
  }),
}

/**
 * Each document page's route pattern (documentPath with a `:slug` parameter) and the types served there; deeper
 * routes first, so a news item's route is tried before the top-level one.
 */
function documentRoutes(): DocumentResolver[] {
  const typesByRoute = new Map<string, RoutableType[]>()
  for (const type of ROUTABLE_TYPES) {
    const route = documentPath(type, ':slug')
    typesByRoute.set(route, [...(typesByRoute.get(route) ?? []), type])
  }
  const depth = (route: string) => route.split('/').length
  return [...typesByRoute]
    .sort(([a], [b]) => depth(b) - depth(a))
    .map(([route, types]) => ({
      route,
      filter: `${types.length === 1 ? `_type == "${types[0]}"` : `_type in [${types.map((type) => `"${type}"`).join(', ')}]`} && slug.current == $slug`,
    }))
}

export const mainDocuments: DocumentResolver[] = defineDocuments([{ route: HOME_PATH, filter: `_id == "siteSettings"` }, ...documentRoutes()])
