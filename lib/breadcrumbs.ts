import { guidePath, hubPath, newsListPath, newsPath } from './urls'

/**
 * The trail from the hub to a page. One trail feeds both the visible breadcrumbs (components/layout/Breadcrumbs)
 * and the BreadcrumbList structured data (lib/jsonld), so the two can never disagree.
 */
export type Crumb = { name: string; path: string }

export const HOME_CRUMB: Crumb = { name: 'Home', path: hubPath }
export const NEWS_CRUMB: Crumb = { name: 'News', path: newsListPath(1) }

export type TrailTarget = { kind: 'guide'; title: string; slug: string } | { kind: 'newsItem'; title: string; slug: string }

export function breadcrumbTrail(target: TrailTarget): Crumb[] {
  switch (target.kind) {
    case 'guide':
      return [HOME_CRUMB, { name: target.title, path: guidePath(target.slug) }]
    case 'newsItem':
      return [HOME_CRUMB, NEWS_CRUMB, { name: target.title, path: newsPath(target.slug) }]
  }
}
