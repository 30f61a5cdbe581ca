import { defineQuery } from 'groq'
import type { SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import { readCached } from '../fetch'

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  _id,
  "title": string(title),
  "tagline": string(tagline),
  "description": string(description),
  "disclaimer": string(disclaimer),
  "navigation": navigation[]{
    _key,
    "title": string(title),
    "links": links[defined(guide._ref)]{
      _key,
      "icon": string(icon),
      "_ref": guide._ref,
      "title": coalesce(string(guide->shortTitle), string(guide->title)),
      "slug": guide->slug.current
    }
  },
  "footerLinks": footerLinks[]{ _key, _ref, "title": string(@->title), "slug": @->slug.current }
}`)

/**
 * Site title, tagline, description, disclaimer and the header navigation (every page). Cached in memory under its
 * tags (readCached): dynamic pages (search, the checker) read it on every request.
 */
export function getSiteSettings() {
  return readCached({ query: SITE_SETTINGS_QUERY })
}

/** The guides the navigation links, in its order, each once. */
export function navigationGuideIds(navigation: NavigationGroups): string[] {
  return [...new Set((navigation ?? []).flatMap((group) => (group.links ?? []).map((link) => link._ref)))]
}
type NavigationGroups = NonNullable<SITE_SETTINGS_QUERY_RESULT>['navigation'] | undefined
