import { documentPath, FAQ_PATH, guideListPath, HOME_PATH, newsListPath, type RoutableType } from './urls'

/**
 * The trail from the hub to a page. One trail feeds both the visible breadcrumbs (components/layout/Breadcrumbs)
 * and the BreadcrumbList structured data (lib/jsonld), so the two can never disagree.
 */
export type Crumb = { name: string; path: string }

export const HOME_CRUMB: Crumb = { name: 'Home', path: HOME_PATH }
export const NEWS_CRUMB: Crumb = { name: 'News', path: newsListPath(1) }
export const GUIDES_CRUMB: Crumb = { name: 'All guides', path: guideListPath(1) }
export const FAQ_CRUMB: Crumb = { name: 'FAQ', path: FAQ_PATH }

/** A title may be missing (a field of the wrong type reads as null): the crumb then names the kind of page. */
export type TrailTarget = { kind: RoutableType; title: string | null | undefined; slug: string }

const KIND_NAMES: Record<RoutableType, string> = { guide: 'Guide', page: 'Page', newsItem: 'News item' }

export function breadcrumbTrail(target: TrailTarget): Crumb[] {
  const crumb = { name: target.title?.trim() || KIND_NAMES[target.kind], path: documentPath(target.kind, target.slug) }
  return target.kind === 'newsItem' ? [HOME_CRUMB, NEWS_CRUMB, crumb] : [HOME_CRUMB, crumb]
}

/** A page directly under the hub that is not content (the PC checker, search): Home, then the page. */
export const toolTrail = (name: string, path: string): Crumb[] => [HOME_CRUMB, { name, path }]

/**
 * A page of a paged list (All guides, News, an FAQ section): the trail to the list's first page (`start`, ending in
 * the list's own crumb); a later page adds "Page N", so the list's name always links back to its start.
 */
export function listTrail(start: readonly Crumb[], page: number, pagePath: (page: number) => string): Crumb[] {
  return page <= 1 ? [...start] : [...start, { name: `Page ${page}`, path: pagePath(page) }]
}
