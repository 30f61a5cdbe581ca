import { defineQuery } from 'groq'
import type { SearchResult, SearchTerm } from '@/lib/search'
import { documentPath, faqEntryPath, isRoutableType } from '@/lib/urls'
import type { SEARCH_QUERY_RESULT } from '@/sanity.types'
import { readCached } from '../fetch'
import { searchSite } from '../site-search'
import { visibleNewsFilter } from './fragments'

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
 * Site search on the hosted source, run by ../site-search (the embedded source answers from an index instead:
 * ../search-index). $pattern is a match pattern built by lib/search (words, prefixes end in *); $keyTerm its
 * longest word. Relevance: a title holding every word first, then section headings and summaries holding every
 * word, then the number of blocks holding every word, then the title. The order is computed from `match` used as a
 * yes/no test and `count`, never from score(): the Content Lake scores `match` with BM25, groq-js (the embedded
 * source and the tests' stand-in) by counting terms, so an order built on scores could not be tested here
 * (docs/search.md). `passage` is the text the snippet is cut from: where the words occur, or else the summary.
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

/** The query's result -> the page's: an FAQ entry leads to its place on /faq, a document to its page. */
export function searchResultOf({ slug, ...result }: SEARCH_QUERY_RESULT['results'][number]): SearchResult {
  if (result._type === 'faq') return { ...result, href: faqEntryPath(result._id) }
  return { ...result, href: isRoutableType(result._type) && slug ? documentPath(result._type, slug) : null }
}

/**
 * One page (from 1) of search results for the given words, with the total count. Not readContent: the search page
 * is rendered per request and cached nowhere on the server, so there is no page entry to tag, and readContent
 * would keep a last-good copy of every distinct query in memory and under .next/cache, which a flood of made-up
 * queries would grow without bound. The embedded source answers from an index, the hosted source through the API
 * CDN with a bounded result cache (../site-search). A source failure reaches the page, which says search is
 * unavailable.
 */
export async function getSearchResults(terms: readonly SearchTerm[], page: number): Promise<{ total: number; results: SearchResult[] }> {
  const found = await searchSite(terms, page)
  return { total: found.total, results: found.results.map(searchResultOf) }
}

/** A few guides to offer when a search has nothing to search for. */
export function getPopularGuides() {
  return readCached({ query: POPULAR_GUIDES_QUERY, lists: ['guide'], tagDocuments: false })
}
