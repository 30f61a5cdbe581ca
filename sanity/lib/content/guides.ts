import { defineQuery } from 'groq'
import { pageCount as pageCountOf } from '@/lib/pagination'
import { GUIDE_LIST_PAGE_SIZE } from '@/lib/site-config'
import { readContent } from '../fetch'
import { listSizes } from '../route-index'
import { slugTag } from '../tags'
import { bodyProjection, guideCardProjection, guideSummaryProjection, personProjection, sourcesProjection, wordCountProjection } from './fragments'

/** The addresses of the first $limit guides in the editors' hub order (the ones a build prerenders). */
export const GUIDE_SLUGS_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current)] | order(order asc, title asc)[0...$limit].slug.current`)

export const GUIDE_QUERY = defineQuery(`*[_type == "guide" && slug.current == $slug][0]{
  _id,
  _createdAt,
  _updatedAt,
  "title": string(title),
  "slug": slug.current,
  seo{ "title": string(title), "description": string(description) },
  reviewedAt,
  "author": author->${personProjection},
  "reviewer": reviewer->${personProjection},
  "updates": updates[defined(date) && defined(summary)] | order(date desc){ _key, date, "summary": string(summary) },
  ${sourcesProjection},
  ${wordCountProjection},
  "body": body[]${bodyProjection},
  "related": related[]->{ _id, "title": string(title), "slug": slug.current, ${guideSummaryProjection}, ${wordCountProjection} }
}`)

/**
 * One page of "All guides": $listedIds, the navigation's guides on this page (placed in its order by the reader),
 * and slice $start...$end of every other guide in the editors' hub order (offsets over hundreds of guides, not
 * thousands of news items).
 */
export const GUIDE_LIST_QUERY = defineQuery(`{
  "listed": *[_type == "guide" && defined(slug.current) && _id in $listedIds]{ ${guideCardProjection} },
  "others": *[_type == "guide" && defined(slug.current) && !(_id in $navigationIds)] | order(order asc, title asc, _id asc)[$start...$end]{
    ${guideCardProjection}
  }
}`)

/** Addresses of the first guides in hub order, for prerendering (the rest render on their first request). */
export function getGuideSlugs(limit: number) {
  return readContent({ query: GUIDE_SLUGS_QUERY, params: { limit }, lists: ['guide'] })
}

/** One guide with its body, embeds resolved (what they show tags the page: see ../tags). */
export function getGuide(slug: string) {
  return readContent({ query: GUIDE_QUERY, params: { slug }, tags: [slugTag('guide', slug)] })
}

/**
 * One page (from 1) of the "All guides" list: the navigation's guides first, in its order, then every other guide
 * in the editors' hub order, GUIDE_LIST_PAGE_SIZE per page. `navigationIds` are the guides the navigation links
 * (bounded: the header shows them all). The page count comes from the route index.
 */
export async function getGuideList(page: number, navigationIds: readonly string[]) {
  const start = (page - 1) * GUIDE_LIST_PAGE_SIZE
  const end = start + GUIDE_LIST_PAGE_SIZE
  const listedIds = navigationIds.slice(start, end)
  const [result, sizes] = await Promise.all([
    readContent({
      query: GUIDE_LIST_QUERY,
      params: {
        listedIds,
        navigationIds: [...navigationIds],
        start: Math.max(0, start - navigationIds.length),
        end: Math.max(0, end - navigationIds.length),
      },
      lists: ['guide'],
    }),
    listSizes(),
  ])
  const byId = new Map(result.listed.map((guide) => [guide._id, guide]))
  const guides = [...listedIds.flatMap((id) => byId.get(id) ?? []), ...result.others]
  // Without the index, a full page suggests a next one.
  const pageCount = sizes ? pageCountOf(sizes.guides, GUIDE_LIST_PAGE_SIZE) : page + (guides.length === GUIDE_LIST_PAGE_SIZE ? 1 : 0)
  return { guides, pageCount }
}
