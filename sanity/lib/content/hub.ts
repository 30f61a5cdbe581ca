import { defineQuery } from 'groq'
import { readContent } from '../fetch'
import { guideCardProjection, newsCardProjection, simpleTextProjection, supersededByProjection, visibleNewsFilter } from './fragments'
import { getSiteSettings, navigationGuideIds } from './settings'

/**
 * Everything the hub shows. Its guides are a bounded selection: $guideIds, the guides the navigation links (the
 * editors' own choice of what matters, shown in the navigation's groups), or the first few in hub order when the
 * navigation is empty; the rest are on the "All guides" pages.
 */
export const HUB_QUERY = defineQuery(`{
  "settings": *[_id == "siteSettings"][0]{
    _id,
    "title": string(title),
    "tagline": string(tagline),
    "hubIntro": hubIntro[]${simpleTextProjection},
    isoStatus{ available, "summary": string(summary), lastChecked, officialUrl },
    "release": releaseHighlight->{ _id, "title": string(title), date, "window": string(window), "status": string(status), "note": string(note) }
  },
  "guides": *[_type == "guide" && defined(slug.current) && _id in $guideIds] | order(order asc, title asc){
    ${guideCardProjection}
  },
  "timelineGuide": *[_type == "guide" && defined(slug.current) && count(body[_type == "releaseTimelineEmbed"]) > 0] | order(order asc)[0]{
    _id, "title": string(title), "slug": slug.current
  },
  "comparisonTable": *[_type == "comparisonTable"] | order(_createdAt asc)[0]{
    "title": string(title), "caption": string(caption), columns, rows[]{ _key, feature, values, status }
  },
  "latestNews": *[${visibleNewsFilter}] | order(publishedAt desc)[0...3]{
    ${newsCardProjection}, ${supersededByProjection}
  },
  "faqs": *[_type == "faq" && defined(question)] | order(order asc, question asc)[0...6]{
    _id, "question": string(question), "answer": answer[]${simpleTextProjection}
  }
}`)

/** The first guides in the editors' hub order, for a hub whose navigation links none. */
export const FIRST_GUIDES_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current)] | order(order asc, title asc)[0...$limit]._id`)

/** At most this many guides on the hub; the "All guides" pages list every one. */
export const HUB_GUIDE_LIMIT = 24
/** Guides on the hub when the navigation links none. */
const HUB_FALLBACK_GUIDES = 8

/**
 * Everything the hub shows: settings, a bounded selection of guides (the navigation's; the first few in hub order
 * when it links none), the comparison, the latest news, an FAQ preview.
 */
export async function getHub() {
  const listed = navigationGuideIds((await getSiteSettings())?.navigation).slice(0, HUB_GUIDE_LIMIT)
  const guideIds = listed.length > 0 ? listed : await readContent({ query: FIRST_GUIDES_QUERY, params: { limit: HUB_FALLBACK_GUIDES }, lists: ['guide'] })
  return readContent({ query: HUB_QUERY, params: { guideIds }, lists: ['guide', 'newsItem', 'faq', 'comparisonTable'] })
}
