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
export const simpleTextProjection = `{
  ...,
  ${markDefsProjection}
}`

/**
 * Full body: custom blocks get the data they render resolved here, so a page needs no second query. Every
 * dereference that shows a document's content projects its `_id`, and a block that lists a type says so in
 * `_lists`: the page's cache tags are read from the result (sanity/lib/tags.ts).
 */
const bodyProjection = `{
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
const wordCountProjection = `"wordCount": count(string::split(pt::text(body), " ")) + coalesce(count(string::split(pt::text(body[_type == "callout"].body[]), " ")), 0)`

/** A guide in one or two sentences, for cards: the first paragraph of its hub summary, else its search description. */
const guideSummaryProjection = `"summary": coalesce(pt::text(hubSummary[style == "normal" && !defined(listItem)][0]), string(seo.description))`

/** News visible to readers: published and due. Datetimes are stored as UTC ISO strings, so they compare as strings. */
const visibleNewsFilter = `_type == "newsItem" && defined(slug.current) && publishedAt <= now()`

/*
 * Text fields shown as plain text (titles, questions, excerpts, statuses, labels) are read through string() where a
 * projection names them; Portable Text, slugs, dates and references are read as they are. string() turns a value of
 * the wrong type (an object where a title belongs, after a bad
 * import or a schema change) becomes null and renders as a missing value would, instead of failing the page.
 * CONTENT_PROBLEMS_QUERY reports such documents so they can be fixed.
 */

/** A news item as lists show it. */
const newsCardProjection = `_id, "title": string(title), "slug": slug.current, publishedAt, "excerpt": string(excerpt), "status": string(status)`

/** A person in a byline: content shown (the name), so its _id tags the page and an edit re-renders it. */
const personProjection = `{ _id, "name": string(name), "role": string(role) }`

/** A page's numbered sources, in the editors' order (claims point to them by _key). */
const sourcesProjection = `sources[defined(url)]{ _key, "label": string(label), "url": string(url), accessedAt }`

/**
 * The newer item that supersedes a news item, as a link (title, address, date), only while that item is visible.
 * Lists and feeds use it to mark an item; null when nothing (visible) supersedes it.
 */
const supersededByProjection = `"supersededBy": select(
  defined(supersededBy->slug.current) && supersededBy->publishedAt <= now() =>
    supersededBy{ _ref, "title": string(@->title), "slug": @->slug.current, "publishedAt": @->publishedAt }
)`

/**
 * A newer item that will supersede a news item but is not visible yet (scheduled, or without a date): the item's
 * page changes when that date passes (`_dueAt`: the cron route's time-dependent tag) or when the newer item is
 * edited (its `_id`). Lists need no such mark: they list news, and the cron route expires news lists.
 */
const supersededByLaterProjection = `"supersededByLater": select(
  defined(supersededBy->slug.current) && !coalesce(supersededBy->publishedAt <= now(), false) =>
    supersededBy->{ _id, "_dueAt": coalesce(publishedAt, "") }
)`

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

/** A guide as a card: title, address, summary and reading time. */
const guideCardProjection = `_id, "title": string(title), "slug": slug.current, ${guideSummaryProjection}, ${wordCountProjection}`

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

export const PAGE_SLUGS_QUERY = defineQuery(`*[_type == "page" && defined(slug.current)].slug.current`)

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  "title": string(title),
  "slug": slug.current,
  seo{ "title": string(title), "description": string(description) },
  "body": body[]${bodyProjection}
}`)

/** The addresses of the newest $limit visible news items (the ones a build prerenders). */
export const NEWS_SLUGS_QUERY = defineQuery(`*[${visibleNewsFilter}] | order(publishedAt desc)[0...$limit].slug.current`)

/**
 * One page of the news list, newest first, without counting the list (the route index knows how many there are).
 * $before/$beforeId is a filter cursor, the last item of the previous page (Sanity's documented way to page deep
 * into a list); null on page 1, or when the route index cannot say, in which case $start/$end slice the list.
 * Ask for one item more than a page holds to learn whether a next page exists.
 */
export const NEWS_PAGE_QUERY = defineQuery(`{
  "items": *[${visibleNewsFilter} && (!defined($before) || publishedAt < $before || (publishedAt == $before && _id < $beforeId))]
    | order(publishedAt desc, _id desc)[$start...$end]{
    ${newsCardProjection}, ${supersededByProjection}
  }
}`)

export const NEWS_ITEM_QUERY = defineQuery(`*[${visibleNewsFilter} && slug.current == $slug][0]{
  _id,
  _updatedAt,
  "title": string(title),
  "slug": slug.current,
  publishedAt,
  "status": string(status),
  "excerpt": string(excerpt),
  "author": author->${personProjection},
  ${supersededByProjection},
  ${supersededByLaterProjection},
  "body": body[]${bodyProjection},
  ${sourcesProjection}
}`)

/** The latest $limit visible news items with their full bodies, for the RSS and JSON feeds. */
export const NEWS_FEED_QUERY = defineQuery(`*[${visibleNewsFilter}] | order(publishedAt desc)[0...$limit]{
  ${newsCardProjection},
  ${supersededByProjection},
  "author": author->${personProjection},
  _updatedAt,
  "body": body[]${bodyProjection}
}`)

/**
 * What the sitemap lists besides guides and news (read by slices below): the dates the fixed pages are computed
 * from, newest first and one each, and the generic pages (`page`, a handful; listed whether or not the type exists
 * yet).
 */
export const SITEMAP_QUERY = defineQuery(`{
  "settingsUpdatedAt": *[_id == "siteSettings"][0]._updatedAt,
  "pages": *[_type == "page" && defined(slug.current)] | order(slug.current asc){ "slug": slug.current, _updatedAt },
  "faqUpdatedAt": *[_type == "faq"] | order(_updatedAt desc)[0..0]._updatedAt,
  "comparisonUpdatedAt": *[_type == "comparisonTable"] | order(_updatedAt desc)[0..0]._updatedAt,
  "requirementsUpdatedAt": *[_type == "requirements"] | order(_updatedAt desc)[0..0]._updatedAt
}`)

/** One slice of the sitemap's guides after $lastId in _id order (a filter cursor); sorted by hub order afterwards. */
export const SITEMAP_GUIDES_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current) && _id > $lastId] | order(_id)[0...$size]{
  _id, "slug": slug.current, "order": order, "title": string(title), _updatedAt, reviewedAt, "updates": updates[]{ date }
}`)

/**
 * One slice of the sitemap's news after $lastId in _id order (a filter cursor); sorted newest first afterwards.
 * Visible news only: a scheduled item is not listed before it is due.
 */
export const SITEMAP_NEWS_QUERY = defineQuery(`*[${visibleNewsFilter} && _id > $lastId] | order(_id)[0...$size]{
  _id, "slug": slug.current, publishedAt, _updatedAt
}`)

/**
 * One slice of the route index: routable documents after $lastId in _id order (a filter cursor, Sanity's
 * documented way to read a whole type: no deep offsets). publishedAt is checked per request so due news appears on
 * time.
 */
export const ROUTE_INDEX_SLICE_QUERY = defineQuery(`*[_type in ["guide", "page", "newsItem"] && defined(slug.current) && _id > $lastId] | order(_id)[0...$size]{
  _id, _type, "slug": slug.current, publishedAt
}`)

/** One document as the route index records it, after a webhook named it; null when it is gone. */
export const ROUTE_INDEX_DOCUMENT_QUERY = defineQuery(`*[_id == $id][0]{ _id, _type, "slug": slug.current, publishedAt }`)

/* Reader tools: site search, the PC checker, the release calendar. */

/** What search can list: guides and pages with an address, visible news, FAQ entries with a question. */
const searchableFilter = `(
  (_type in ["guide", "page"] && defined(slug.current)) ||
  (${visibleNewsFilter}) ||
  (_type == "faq" && defined(question))
)`

/**
 * Every text of a document a reader may be looking for: titles, summaries, the body's blocks, asides and steps.
 * `match` on an array needs each term somewhere in it, so words may come from different fields.
 */
const searchableText = `([title, question, excerpt, seo.description, pt::text(body), pt::text(answer), pt::text(body[_type == "callout"].body[])]
  + coalesce(body[_type == "steps"].items[].title, []) + coalesce(body[_type == "steps"].items[].detail, []))`

/**
 * The text of the first block of the body (or answer) holding every word, a paragraph rather than a heading or
 * short list item where there is one; or else the first holding the longest word.
 */
const firstParagraphWithEveryWord = `pt::text(coalesce(body, answer)[_type == "block" && length(pt::text(@)) >= 80 && pt::text(@) match $pattern][0])`
const firstBlockWithEveryWord = `pt::text(coalesce(body, answer)[_type == "block" && pt::text(@) match $pattern][0])`
const firstBlockWithKeyTerm = `pt::text(coalesce(body, answer)[_type == "block" && pt::text(@) match $keyTerm][0])`

/**
 * Site search on the hosted source (the embedded source answers from an index instead: ./search-index).
 * $pattern is a match pattern built by lib/search (words, prefixes end in *); $keyTerm its longest word.
 * Relevance: a title holding every word first, then section headings and summaries holding every word, then the
 * number of blocks holding every word, then the title. The order is computed from `match` used as a yes/no test
 * and `count`, never from score(): the Content Lake scores `match` with BM25, groq-js (the embedded source and the
 * tests' stand-in) by counting terms, so an order built on scores could not be tested here (docs/search.md).
 * `passage` is the text the snippet is cut from: where the words occur, or else the summary.
 */
export const SEARCH_QUERY = defineQuery(`{
  "total": count(*[${searchableFilter} && ${searchableText} match $pattern]),
  "results": *[${searchableFilter} && ${searchableText} match $pattern]{
      "document": @,
      "sortTitle": coalesce(title, question),
      "titleHoldsEvery": select(coalesce(title, question) match $pattern => 1, 0),
      "fieldsHoldingEvery": select(body[_type == "block" && style in ["h2", "h3", "h4"]].children[].text match $pattern => 2, 0)
        + select([excerpt, seo.description] match $pattern => 1, 0),
      "blocksHoldingEvery": count(coalesce(body, answer)[_type == "block" && pt::text(@) match $pattern])
    }
    | order(titleHoldsEvery desc, fieldsHoldingEvery desc, blocksHoldingEvery desc, sortTitle asc)[$start...$end]
    .document{
      _id,
      _type,
      "title": coalesce(title, question),
      "slug": slug.current,
      "date": select(_type == "newsItem" => publishedAt, _type == "guide" => reviewedAt),
      status,
      "passage": coalesce(
        select(excerpt match $pattern => excerpt),
        ${firstParagraphWithEveryWord},
        ${firstBlockWithEveryWord},
        ${firstBlockWithKeyTerm},
        excerpt,
        seo.description,
        pt::text(coalesce(body, answer)[_type == "block"][0])
      )
    }
}`)

/** Shown when there is nothing to search for: the first guides in the editors' hub order. */
export const POPULAR_GUIDES_QUERY = defineQuery(`*[_type == "guide" && defined(slug.current)] | order(order asc, title asc)[0...6]{
  _id, title, "slug": slug.current, "description": seo.description
}`)

/**
 * The PC checker: the requirements (the first document, as on the hub) with their machine-readable values, and
 * the guide that embeds them, with its section headings so each check can link to the section explaining it.
 */
export const CHECKER_QUERY = defineQuery(`*[_type == "requirements"] | order(_createdAt asc)[0]{
  _id,
  title,
  status,
  summary,
  minimum,
  recommended,
  "guide": *[_type == "guide" && defined(slug.current) && references(^._id)] | order(order asc)[0]{
    _id,
    title,
    "slug": slug.current,
    "headings": body[_type == "block" && style in ["h2", "h3"]]{ _key, "text": pt::text(@) }
  }
}`)

/** Every dated milestone, oldest first, for the release calendar. */
export const RELEASE_MILESTONES_QUERY = defineQuery(`*[_type == "releaseMilestone" && defined(date)] | order(date asc){
  _id, _updatedAt, title, date, windowEnd, window, status, note
}`)

/** What CONTENT_PROBLEMS_QUERY says about one document (`string(x) != x` is true for objects, arrays, numbers, booleans). */
const contentProblemsProjection = `{
  _id,
  _type,
  "problems": [
    select(defined(title) && string(title) != title => "title is not text"),
    select(defined(question) && string(question) != question => "question is not text"),
    select(defined(excerpt) && string(excerpt) != excerpt => "excerpt is not text"),
    select(defined(slug) && !defined(slug.current) => "slug has no current value"),
    select(_type == "newsItem" && !defined(dateTime(publishedAt)) => "publishedAt is not a date and time")
  ][defined(@)]
}`

/**
 * Documents whose fields have a type the site cannot use (logged by sanity/lib/content-problems.ts), read in
 * slices after $lastId in _id order (a filter cursor): every document of the slice, most with no problems, so the
 * caller knows where the next slice starts. `$types`: DOCUMENT_TYPES (lib/vocabulary.ts).
 */
export const CONTENT_PROBLEMS_QUERY = defineQuery(`*[_type in $types && _id > $lastId] | order(_id)[0...$size]${contentProblemsProjection}`)

/** The same check for one document, after a webhook named it. */
export const CONTENT_PROBLEMS_DOCUMENT_QUERY = defineQuery(`*[_id == $id][0]${contentProblemsProjection}`)

/** The cheapest read that proves the content source answers (GET /api/ready). */
export const SOURCE_PROBE_QUERY = defineQuery(`count(*[_type == "siteSettings"])`)
