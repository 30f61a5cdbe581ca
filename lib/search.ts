/**
 * Site search, the parts that need no content source: reading the reader's query, turning it into the words the
 * GROQ query matches, and the snippet shown under each result. Pure functions, so hostile input is tested here.
 *
 * How GROQ's `match` treats a pattern decides what is safe to pass to it. Both groq-js and the Content Lake split a
 * pattern into terms at whitespace and punctuation, treat `*` as a wildcard, and groq-js turns each term into a
 * regular expression without escaping it: a pattern of many `*` would backtrack for a very long time, and a bare `*`
 * matches every document. So the reader's text never reaches `match` as typed. It is reduced to words (letters and
 * digits, with inner dots as in "1.2"), and the only `*` in a pattern is the one added here to make a word a prefix.
 * The pattern is always a query parameter, never spliced into GROQ.
 */

import { withoutControlCharacters } from './reader-input'

/** Longer queries are cut to this many characters. */
export const SEARCH_QUERY_MAX_LENGTH = 200
/** Only the first this many distinct words are searched for (each costs a pass over every document). */
export const SEARCH_MAX_TERMS = 10
export const SEARCH_PAGE_SIZE = 10
/** Words at least this long also match longer words they start ("release" finds "released"). */
export const PREFIX_MIN_LENGTH = 4

/** One search word: `text` lowercased, `prefix` when it also matches longer words beginning with it. */
export type SearchTerm = { text: string; prefix: boolean }

const WORD = /[\p{L}\p{N}\p{M}]+(?:\.[\p{L}\p{N}\p{M}]+)*(['\u2019][\p{L}\p{M}]*)?/gu

/**
 * The reader's query from `?q=`: the first value when repeated, without control characters (lib/reader-input.ts),
 * cut to 200 characters (whole characters), trimmed.
 */
export function readSearchQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return ''
  return Array.from(withoutControlCharacters(value).normalize('NFC')).slice(0, SEARCH_QUERY_MAX_LENGTH).join('').trim()
}

/**
 * The distinct words of a query, in order, at most SEARCH_MAX_TERMS. Punctuation, markup and symbols separate
 * words and are never searched for. An apostrophe ends a word and makes it a prefix ("what's" -> what*, from three
 * letters on), because texts use ’ where readers type ' and the two would never match.
 */
export function searchTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  const seen = new Set<string>()
  for (const match of query.normalize('NFC').matchAll(WORD)) {
    const apostrophe = match[1] ?? ''
    const text = match[0].slice(0, match[0].length - apostrophe.length).toLowerCase()
    if (seen.has(text)) continue
    seen.add(text)
    const length = Array.from(text).length
    terms.push({ text, prefix: length >= PREFIX_MIN_LENGTH || (apostrophe !== '' && length >= 3) })
    if (terms.length === SEARCH_MAX_TERMS) break
  }
  return terms
}

/**
 * The words of a text as the embedded search index stores them: the same word pattern as a query's, lowercased.
 * An apostrophe stays inside a word ("what’s"), so a query's "what*" finds it as a prefix, as `match` does.
 */
export function textWords(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(WORD), (match) => match[0].toLowerCase())
}

/** The value for GROQ's `match`: every term must match; prefixes end in `*`. Empty when there is nothing to search. */
export function matchPattern(terms: readonly SearchTerm[]): string {
  return terms.map((term) => (term.prefix ? `${term.text}*` : term.text)).join(' ')
}

/** The term most likely to pick the right passage when no passage holds every term: the longest. */
export function keyTerm(terms: readonly SearchTerm[]): string {
  const longest = terms.reduce<SearchTerm | undefined>((best, term) => (!best || term.text.length > best.text.length ? term : best), undefined)
  return longest ? matchPattern([longest]) : ''
}

/**
 * A search result as the results page lists it: its address (null: listed without a link) instead of its slug
 * (sanity/lib/content/search.ts maps the query's results to it).
 */
export type SearchResult = {
  _id: string
  _type: string
  title: string | null
  href: string | null
  date: string | null
  status: string | null
  passage: string | null
}

/** A piece of a snippet: plain text, or a matched word to be marked. Rendered as text, so nothing in it is markup. */
export type SnippetPart = { text: string; match: boolean }

export const SNIPPET_MAX_LENGTH = 200
/** How much text to keep before the first match, so the reader sees its context. */
const SNIPPET_LEAD = 60

/** A letter, digit or mark: what words are made of (WORD's class). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/uy
/** What a prefix term takes in after its text: the rest of the word, apostrophes included ("what’s"). */
const WORD_REST = /[\p{L}\p{N}\p{M}'\u2019]*/uy
/** Stretches of characters that belong to no word: a term starts only right after one, or at the start. */
const BETWEEN_WORDS = /[^\p{L}\p{N}\p{M}]+/gu

type TermMatch = { start: number; end: number }

/**
 * Where the terms occur in `text`, in order, at most `limit` of them: a term as a whole word, or for a prefix term
 * a word's start up to the word's end; ignoring case; where two terms start at one place, the longer.
 *
 * Scanned with expressions compiled once rather than one expression built from the terms: V8 compiles every new
 * expression with Unicode classes anew, about 2 ms each, and with a snippet per result that was the largest part of
 * a search page's own work (npm run bench -- --scale, CPU profile of /search).
 */
function termMatches(text: string, terms: readonly SearchTerm[], limit = Infinity): TermMatch[] {
  const found: TermMatch[] = []
  const wanted = terms.map((term) => ({ text: term.text.toLowerCase(), prefix: term.prefix })).filter((term) => term.text !== '')
  if (wanted.length === 0) return found
  wanted.sort((a, b) => b.text.length - a.text.length)
  const lower = text.toLowerCase()
  // Lowercasing keeps the length of nearly every text; where it does not, each place is compared on its own.
  const aligned = lower.length === text.length
  /** The end of the term found at `index`, or -1. */
  const termEnd = (index: number) => {
    for (const term of wanted) {
      if (aligned ? !lower.startsWith(term.text, index) : text.slice(index, index + term.text.length).toLowerCase() !== term.text) continue
      const end = index + term.text.length
      if (term.prefix) {
        WORD_REST.lastIndex = end
        WORD_REST.test(text)
        return WORD_REST.lastIndex
      }
      WORD_CHARACTER.lastIndex = end
      if (!WORD_CHARACTER.test(text)) return end
    }
    return -1
  }
  let from = 0
  /** Tries the places from `first` to `last`; false once `limit` matches are found. */
  const tryPlaces = (first: number, last: number) => {
    for (let index = Math.max(first, from); index <= last && index < text.length; index++) {
      const end = termEnd(index)
      if (end <= index) continue
      found.push({ start: index, end })
      if (found.length >= limit) return false
      from = end
      index = end - 1
    }
    return true
  }
  if (!tryPlaces(0, 0)) return found
  // Every place inside a stretch between words, and the one right after it, follows a character of no word.
  BETWEEN_WORDS.lastIndex = 0
  for (let gap = BETWEEN_WORDS.exec(text); gap; gap = BETWEEN_WORDS.exec(text)) {
    if (!tryPlaces(gap.index + 1, gap.index + gap[0].length)) break
  }
  return found
}

/**
 * A short passage of `text` around the first place a term occurs, with every occurrence of a term inside it
 * marked. Starts and ends at word boundaries where there are any, with "…" where text was left out. Without a
 * match, the start of the text. Whitespace (line breaks included) is collapsed to single spaces.
 */
export function buildSnippet(text: string | null | undefined, terms: readonly SearchTerm[], maxLength = SNIPPET_MAX_LENGTH): SnippetPart[] {
  if (typeof text !== 'string') return []
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return []
  const first = termMatches(flat, terms, 1)[0]?.start ?? -1

  let start = first > SNIPPET_LEAD ? first - SNIPPET_LEAD : 0
  if (start > 0) {
    // Begin at the next word, unless that would skip past the match itself.
    const space = flat.indexOf(' ', start)
    if (space !== -1 && space < first) start = space + 1
  }
  let end = Math.min(flat.length, start + maxLength)
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end)
    if (space > start && space > first) end = space
  }
  // Never cut a surrogate pair (an emoji) in half at either end.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start])) start++
  if (end < flat.length && /[\uD800-\uDBFF]/.test(flat[end - 1])) end--
  const passage = flat.slice(start, end)

  const parts: SnippetPart[] = []
  const push = (piece: string, match: boolean) => {
    if (piece !== '') parts.push({ text: piece, match })
  }
  if (start > 0) push('… ', false)
  let position = 0
  for (const found of termMatches(passage, terms)) {
    push(passage.slice(position, found.start), false)
    push(passage.slice(found.start, found.end), true)
    position = found.end
  }
  push(passage.slice(position), false)
  if (end < flat.length) push(' …', false)
  return parts
}

/** The page number from `?page=`: a canonical positive integer, otherwise page 1. */
export function readSearchPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' && /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : 1
}

/** The parameters of the search query for one page (from 1) of results. */
export function searchQueryParams(terms: readonly SearchTerm[], page: number) {
  const start = (page - 1) * SEARCH_PAGE_SIZE
  return { pattern: matchPattern(terms), keyTerm: keyTerm(terms), start, end: start + SEARCH_PAGE_SIZE }
}
