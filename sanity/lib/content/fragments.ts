/*
 * Projections and filters several page kinds share. Plain const strings, not defineQuery: `sanity typegen` follows
 * them into the queries that interpolate them (sanity.cli.ts scans sanity/**).
 *
 * Plain-text fields that a projection renames (`"title": string(title)`) are read through string(): a value of the
 * wrong type there (an object where a title belongs, after a bad import or a schema change) becomes null and renders
 * as a missing value would, instead of failing the page; CONTENT_PROBLEMS_QUERY (../content-problems) reports such
 * documents. Not every text field goes through string(): fields projected under their own name are read as they
 * are (the embeds' tables, requirements and milestones, the comparison's cells, the checker, popular guides, search
 * results, the release calendar), and Portable Text, slugs, dates and references are not strings.
 */

/**
 * Link annotations: an internal link gets its target's `type` and `slug` (null when the reference is broken); the
 * link component builds the address with lib/urls (internalLinkPath), so no query knows a URL's shape.
 */
const markDefsProjection = `markDefs[]{
  ...,
  _type == "internalLink" => { "type": reference->_type, "slug": reference->slug.current }
}`

/** Rich text without custom blocks (asides, FAQ answers, hub summaries). */
export const simpleTextProjection = `{
  ...,
  ${markDefsProjection}
}`

/**
 * Full body: custom blocks get the data they render resolved here, so a page needs no second query. Every
 * dereference that shows a document's content projects its `_id`, and a block that lists a type says so in
 * `_lists`: the page's cache tags are read from the result (sanity/lib/tags.ts).
 */
export const bodyProjection = `{
  ...,
  _type == "block" => { ${markDefsProjection} },
  _type == "callout" => { "body": body[]${simpleTextProjection} },
  _type == "comparisonTableEmbed" => {
    "table": table->{ _id, title, caption, columns, rows[]{ _key, feature, values, status } }
  },
  _type == "requirementsEmbed" => {
    "requirements": requirements->{ _id, title, status, summary, minimum, recommended, compatibilityNotes }
  },
  _type == "releaseTimelineEmbed" => {
    "_lists": "releaseMilestone",
    "milestones": *[_type == "releaseMilestone" && defined(date)] | order(date asc, defined(window) asc, title asc){ _id, title, date, window, status, note }
  },
  _type == "image" => { alt, caption, "url": asset->url, "dimensions": asset->metadata.dimensions }
}`

/** Words in a body's text blocks and asides, for the reading time (lib/reading-time.ts). */
export const wordCountProjection = `"wordCount": count(string::split(pt::text(body), " ")) + coalesce(count(string::split(pt::text(body[_type == "callout"].body[]), " ")), 0)`

/** A guide in one or two sentences, for cards: the first paragraph of its hub summary, else its search description. */
export const guideSummaryProjection = `"summary": coalesce(pt::text(hubSummary[style == "normal" && !defined(listItem)][0]), string(seo.description))`

/** A guide as a card: title, address, summary and reading time. */
export const guideCardProjection = `_id, "title": string(title), "slug": slug.current, ${guideSummaryProjection}, ${wordCountProjection}`

/** News visible to readers: published and due. Datetimes are stored as UTC ISO strings, so they compare as strings. */
export const visibleNewsFilter = `_type == "newsItem" && defined(slug.current) && publishedAt <= now()`

/** A news item as lists show it. */
export const newsCardProjection = `_id, "title": string(title), "slug": slug.current, publishedAt, "excerpt": string(excerpt), "status": string(status)`

/** A person in a byline: content shown (the name), so its _id tags the page and an edit re-renders it. */
export const personProjection = `{ _id, "name": string(name), "role": string(role) }`

/** A page's numbered sources, in the editors' order (claims point to them by _key). */
export const sourcesProjection = `sources[defined(url)]{ _key, "label": string(label), "url": string(url), accessedAt }`

/**
 * The newer item that supersedes a news item, as a link (title, address, date), only while that item is visible.
 * Lists and feeds use it to mark an item; null when nothing (visible) supersedes it.
 */
export const supersededByProjection = `"supersededBy": select(
  defined(supersededBy->slug.current) && supersededBy->publishedAt <= now() =>
    supersededBy{ _ref, "title": string(@->title), "slug": @->slug.current, "publishedAt": @->publishedAt }
)`
