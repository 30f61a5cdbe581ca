import { defineQuery } from 'groq'

/*
 * Every GROQ query the site runs. Projections list only what the pages render.
 * Fragments are plain const strings so `sanity typegen` can follow the interpolation.
 */

/** Link annotations: an internal link becomes `href` to the guide's URL (null when the reference is broken). */
const markDefsProjection = `markDefs[]{
  ...,
  _type == "internalLink" => { "href": select(defined(@.reference->slug.current) => "/" + @.reference->slug.current, null) }
}`

/** Rich text without custom blocks (asides, FAQ answers, hub summaries). */
const simpleTextProjection = `{
  ...,
  ${markDefsProjection}
}`

/** Full body: custom blocks get the data they render resolved here, so a page needs no second query. */
const bodyProjection = `{
  ...,
  _type == "block" => { ${markDefsProjection} },
  _type == "callout" => { "body": body[]${simpleTextProjection} },
  _type == "comparisonTableEmbed" => {
    "table": table->{ title, caption, columns, rows[]{ _key, feature, values, status } }
  },
  _type == "requirementsEmbed" => {
    "requirements": requirements->{ title, status, summary, minimum, recommended, compatibilityNotes }
  },
  _type == "releaseTimelineEmbed" => {
    "milestones": *[_type == "releaseMilestone" && defined(date)] | order(date asc){ _id, title, date, window, status, note }
  },
  _type == "image" => { alt, caption, "url": asset->url, "dimensions": asset->metadata.dimensions }
}`

/** Words in a body's text blocks and asides, for the reading time (lib/reading-time.ts). */
const wordCountProjection = `"wordCount": count(string::split(pt::text(body), " ")) + coalesce(count(string::split(pt::text(body[_type == "callout"].body[]), " ")), 0)`

/** A guide in one or two sentences, for cards: the first paragraph of its hub summary, else its search description. */
const guideSummaryProjection = `"summary": coalesce(pt::text(hubSummary[style == "normal" && !defined(listItem)][0]), seo.description)`

/** News visible to readers: published and due. Datetimes are stored as UTC ISO strings, so they compare as strings. */
const visibleNewsFilter = `_type == "newsItem" && defined(slug.current) && publishedAt <= now()`

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  title,
  tagline,
  description,
  disclaimer,
  "navigation": navigation[]{
    _key,
    title,
    "links": links[defined(guide._ref)]{ _key, icon, "_ref": guide._ref, "title": coalesce(guide->shortTitle, guide->title), "slug": guide->slug.current }
  },
  "footerLinks": footerLinks[]{ _key, _ref, "title": @->title, "slug": @->slug.current }
}`)

export const HUB_QUERY = defineQuery(`{
  "settings": *[_id == "siteSettings"][0]{
    title,
    tagline,
    "hubIntro": hubIntro[]${simpleTextProjection},
    isoStatus{ available, summary, lastChecked, officialUrl },
    "release": releaseHighlight->{ _id, title, date, window, status, note }
  },
  "guides": *[_type == "guide" && defined(slug.current)] | order(order asc, title asc){
    _id,
    title,
    "slug": slug.current,
    ${guideSummaryProjection},
    ${wordCountProjection}
  },
  "timelineGuide": *[_type == "guide" && defined(slug.current) && count(body[_type == "releaseTimelineEmbed"]) > 0] | order(order asc)[0]{
    _id, title, "slug": slug.current
  },
  "comparisonTable": *[_type == "comparisonTable"] | order(_createdAt asc)[0]{
    title, caption, columns, rows[]{ _key, feature, values, status }
  },
  "latestNews": *[${visibleNewsFilter}] | order(publishedAt desc)[0...3]{
    _id, title, "slug": slug.current, publishedAt, excerpt, status
  },
  "faqs": *[_type == "faq" && defined(question)] | order(order asc, question asc)[0...6]{
    _id, question, "answer": answer[]${simpleTextProjection}
  }
}`)

export const GUIDE_SLUGS_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current)].slug.current`)

export const GUIDE_QUERY = defineQuery(`*[_type == "guide" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  seo{ title, description },
  reviewedAt,
  ${wordCountProjection},
  "body": body[]${bodyProjection},
  "related": related[]->{ _id, title, "slug": slug.current, ${guideSummaryProjection}, ${wordCountProjection} }
}`)

export const PAGE_SLUGS_QUERY = defineQuery(`*[_type == "page" && defined(slug.current)].slug.current`)

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  seo{ title, description },
  "body": body[]${bodyProjection}
}`)

export const NEWS_SLUGS_QUERY = defineQuery(`*[${visibleNewsFilter}] | order(publishedAt desc).slug.current`)

/** One page of the news list; $start and $end are array indexes (end exclusive). */
export const NEWS_PAGE_QUERY = defineQuery(`{
  "total": count(*[${visibleNewsFilter}]),
  "items": *[${visibleNewsFilter}] | order(publishedAt desc)[$start...$end]{
    _id, title, "slug": slug.current, publishedAt, excerpt, status
  }
}`)

export const NEWS_ITEM_QUERY = defineQuery(`*[${visibleNewsFilter} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  publishedAt,
  status,
  excerpt,
  "body": body[]${bodyProjection},
  sources[defined(url)]{ _key, label, url }
}`)

export const FAQ_PAGE_QUERY = defineQuery(`*[_type == "faq" && defined(question)] | order(order asc, question asc){
  _id, question, category, "answer": answer[]${simpleTextProjection}
}`)

/** Every routable slug, for the proxy's 404 decisions; publishedAt is checked per request so due news appears on time. */
export const ROUTE_INDEX_QUERY = defineQuery(`{
  "guides": *[_type == "guide" && defined(slug.current)].slug.current,
  "pages": *[_type == "page" && defined(slug.current)].slug.current,
  "news": *[_type == "newsItem" && defined(slug.current) && defined(publishedAt)]{ "slug": slug.current, publishedAt }
}`)
