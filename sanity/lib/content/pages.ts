import { defineQuery } from 'groq'
import { readContent } from '../fetch'
import { slugTag } from '../tags'
import { bodyProjection } from './fragments'

/* Generic pages (About, Editorial policy...): they share the top-level address space with guides. */

export const PAGE_SLUGS_QUERY = defineQuery(`*[_type == "page" && defined(slug.current)].slug.current`)

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  "title": string(title),
  "slug": slug.current,
  seo{ "title": string(title), "description": string(description) },
  "body": body[]${bodyProjection}
}`)

/** Addresses of every page, for prerendering. */
export function getPageSlugs() {
  return readContent({ query: PAGE_SLUGS_QUERY, lists: ['page'] })
}

/** One page by its address (pages and guides share /slug). */
export function getPage(slug: string) {
  return readContent({ query: PAGE_QUERY, params: { slug }, tags: [slugTag('page', slug)] })
}
