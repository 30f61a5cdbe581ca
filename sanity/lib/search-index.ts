import SearchableMap from 'minisearch/SearchableMap'
import { SEARCH_PAGE_SIZE, textWords, type SearchTerm } from '@/lib/search'
import type { SEARCH_QUERY_RESULT } from '@/sanity.types'
import type { SanityDocument } from './embedded'

/**
 * Site search over the embedded dataset, from an inverted index instead of evaluating GROQ over every document per
 * request. It answers what SEARCH_QUERY answers on the hosted source: the same documents (guides and pages with an
 * address, visible news, FAQ entries), the same texts, every word required (a word of four letters or more also as
 * a prefix), and the same result fields, passage included.
 *
 * The words live in MiniSearch's radix tree (SearchableMap: exact and prefix lookup). MiniSearch's own search is
 * not used: it scores every posting of every field into objects per document, which took 150-700 ms per query at
 * 10,000 news items here (a word such as "windows" is in every document). Instead each word's postings are typed
 * arrays holding a weight computed once at build time (BM25 per field, weighted like SEARCH_QUERY's order: title,
 * headings, summaries, text), so a search is a few passes over numbers.
 *
 * Relevance: a title holding every word first, then the BM25 score, then the title.
 */

export type SearchFound = SEARCH_QUERY_RESULT
type Result = SearchFound['results'][number]

type Kind = Result['_type']
/** What the index keeps per document beside its words: the document itself (not a copy) and what filters it. */
type Entry = { document: SanityDocument; kind: Kind; title: string; publishedAt: number | null }

/** The fields a document's words are counted in, in the order of BOOST. */
const FIELDS = ['title', 'headings', 'summary', 'text'] as const
/** Field weights, in the spirit of SEARCH_QUERY's order: title words, then headings, summaries, the text. */
const BOOST = [3, 2, 1.5, 1]
/** BM25's usual parameters. */
const K1 = 1.2
const B = 0.7
/** A longer word found by a prefix weighs less than the word itself. */
const PREFIX_WEIGHT = 0.5
const HEADING_STYLES = new Set(['h2', 'h3', 'h4'])
/** The longest stretch the index build runs before it lets the event loop answer other requests. */
const BUILD_SLICE_MS = 4

/** One word's postings: the documents holding it (ascending), its weight in each, and whether their title has it. */
type Postings = { documents: Int32Array; weights: Float32Array; inTitle: Uint8Array }

export type SearchIndex = {
  words: SearchableMap<Postings>
  entries: Entry[]
  /** publishedAt in ms per document, -Infinity for documents that are not dated news. */
  publishedAt: Float64Array
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : [])

/** GROQ's pt::text of one block: the text of its spans. */
const blockText = (block: Record<string, unknown>) =>
  records(block.children)
    .map((child) => (child._type === 'span' ? text(child.text) : ''))
    .join('')

/** The text blocks (`_type == "block"`) of a Portable Text array. */
const textBlocks = (value: unknown) => records(value).filter((block) => block._type === 'block')

const slugOf = (document: SanityDocument): string | null => {
  const slug = document.slug
  return isRecord(slug) && typeof slug.current === 'string' && slug.current !== '' ? slug.current : null
}

/** What search can list (SEARCH_QUERY's searchableFilter, less the date check, which is made per search). */
function entryOf(document: SanityDocument): Entry | null {
  const title = text(document.title) || text(document.question)
  switch (document._type) {
    case 'guide':
    case 'page':
      return slugOf(document) ? { document, kind: document._type, title, publishedAt: null } : null
    case 'newsItem': {
      const publishedAt = typeof document.publishedAt === 'string' ? Date.parse(document.publishedAt) : NaN
      return slugOf(document) && !Number.isNaN(publishedAt) ? { document, kind: 'newsItem', title, publishedAt } : null
    }
    case 'faq':
      return typeof document.question === 'string' ? { document, kind: 'faq', title, publishedAt: null } : null
    default:
      return null
  }
}

/** The texts SEARCH_QUERY's searchableText covers, one per field (FIELDS order). */
function textsOf(document: SanityDocument, title: string): string[] {
  const body = records(document.body)
  const seo = isRecord(document.seo) ? document.seo : {}
  const callouts = body.filter((block) => block._type === 'callout').flatMap((callout) => textBlocks(callout.body))
  const steps = body.filter((block) => block._type === 'steps').flatMap((block) => records(block.items))
  return [
    title,
    textBlocks(body)
      .filter((block) => HEADING_STYLES.has(text(block.style)))
      .map(blockText)
      .join('\n'),
    [text(document.excerpt), text(seo.description)].join('\n'),
    [
      ...[...textBlocks(body), ...textBlocks(document.answer), ...callouts].map(blockText),
      ...steps.flatMap((step) => [text(step.title), text(step.detail)]),
    ].join('\n'),
  ]
}

/**
 * A word's postings while the index is built: documents, and each one's frequency per field, packed one byte per
 * field into one number (a frequency above 255 counts as 255) to keep the build's transient memory small.
 */
type PostingsDraft = { documents: number[]; frequencies: number[] }
const pack = (counts: readonly number[]) => counts.reduce((packed, count, field) => packed + Math.min(count, 255) * 2 ** (8 * field), 0)
const unpack = (packed: number, field: number) => Math.floor(packed / 2 ** (8 * field)) % 256

/**
 * Builds the index of a dataset. Indexes documents in chunks and yields to the event loop between them, so building
 * the index of ten thousand items never stops a server from answering other requests for long.
 */
export async function buildSearchIndex(documents: readonly SanityDocument[]): Promise<SearchIndex> {
  // One document per _id; a later line replaces an earlier one, as an import of the file would.
  const latest = new Map(documents.map((document) => [document._id, document]))
  const entries: Entry[] = []
  const lengths: number[] = []
  const drafts = new Map<string, PostingsDraft>()
  let sliceStart = performance.now()
  const yieldNowAndThen = async () => {
    if (performance.now() - sliceStart < BUILD_SLICE_MS) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    sliceStart = performance.now()
  }
  for (const document of latest.values()) {
    const entry = entryOf(document)
    if (!entry) continue
    const documentNumber = entries.push(entry) - 1
    const frequencies = new Map<string, number[]>()
    textsOf(document, entry.title).forEach((fieldText, field) => {
      const words = textWords(fieldText)
      lengths.push(words.length)
      for (const word of words) {
        let counts = frequencies.get(word)
        if (!counts) frequencies.set(word, (counts = [0, 0, 0, 0]))
        counts[field]++
      }
    })
    for (const [word, counts] of frequencies) {
      let draft = drafts.get(word)
      if (!draft) drafts.set(word, (draft = { documents: [], frequencies: [] }))
      draft.documents.push(documentNumber)
      draft.frequencies.push(pack(counts))
    }
    await yieldNowAndThen()
  }
  const count = entries.length
  const averageLength = FIELDS.map((_, field) => {
    let sum = 0
    for (let document = 0; document < count; document++) sum += lengths[document * FIELDS.length + field]
    return Math.max(1, sum / Math.max(1, count))
  })
  const words = new SearchableMap<Postings>()
  for (const [word, draft] of drafts) {
    const size = draft.documents.length
    const postings: Postings = { documents: Int32Array.from(draft.documents), weights: new Float32Array(size), inTitle: new Uint8Array(size) }
    for (let index = 0; index < size; index++) {
      const document = draft.documents[index]
      let weight = 0
      for (let field = 0; field < FIELDS.length; field++) {
        const frequency = unpack(draft.frequencies[index], field)
        if (frequency === 0) continue
        const norm = 1 - B + (B * lengths[document * FIELDS.length + field]) / averageLength[field]
        weight += (BOOST[field] * frequency * (K1 + 1)) / (frequency + K1 * norm)
      }
      postings.weights[index] = weight
      postings.inTitle[index] = unpack(draft.frequencies[index], 0) > 0 ? 1 : 0
    }
    words.set(word, postings)
    drafts.delete(word)
    await yieldNowAndThen()
  }
  const publishedAt = Float64Array.from(entries, (entry) => entry.publishedAt ?? -Infinity)
  return { words, entries, publishedAt }
}

/** Whether a block's words hold every term (a prefix term: a word starting with it), as `match` decides. */
function holdsEvery(words: readonly string[], terms: readonly SearchTerm[]): boolean {
  return terms.every((term) => words.some((word) => (term.prefix ? word.startsWith(term.text) : word === term.text)))
}

/** SEARCH_QUERY's passage: where the words occur, or else the summary, or else the first block. */
function passageOf(document: SanityDocument, terms: readonly SearchTerm[]): string {
  const excerpt = text(document.excerpt)
  if (excerpt && holdsEvery(textWords(excerpt), terms)) return excerpt
  const key = terms.reduce<SearchTerm | undefined>((best, term) => (!best || term.text.length > best.text.length ? term : best), undefined)
  // One pass, stopping at the first paragraph (80 characters or more) holding every word; shorter blocks holding
  // every word, or the longest word, are remembered in case no such paragraph follows.
  let firstBlock: string | undefined
  let firstWithEvery: string | undefined
  let firstWithKey: string | undefined
  for (const block of textBlocks(document.body ?? document.answer)) {
    const value = blockText(block)
    firstBlock ??= value
    // Splitting a block into words costs far more than looking for the terms in its lowercased text, which every
    // block holding a term passes: most blocks are passed over without being split.
    const lower = value.normalize('NFC').toLowerCase()
    const mayHoldEvery = terms.every((term) => lower.includes(term.text))
    if (!mayHoldEvery && (firstWithEvery || firstWithKey || !key || !lower.includes(key.text))) continue
    const words = textWords(value)
    if (mayHoldEvery && holdsEvery(words, terms)) {
      if (Array.from(value).length >= 80) return value
      firstWithEvery ??= value
    } else if (!firstWithEvery && !firstWithKey && key && holdsEvery(words, [key])) {
      firstWithKey = value
    }
  }
  const found = firstWithEvery ?? firstWithKey
  if (found !== undefined) return found
  const seo = isRecord(document.seo) ? document.seo : {}
  return excerpt || text(seo.description) || firstBlock || ''
}

function resultOf(entry: Entry, terms: readonly SearchTerm[]): Result {
  const { document, kind } = entry
  const date = kind === 'newsItem' ? document.publishedAt : kind === 'guide' ? document.reviewedAt : null
  return {
    _id: document._id,
    _type: kind,
    title: entry.title,
    slug: slugOf(document),
    date: typeof date === 'string' ? date : null,
    status: typeof document.status === 'string' ? document.status : null,
    passage: passageOf(document, terms),
  } as Result
}

/**
 * One page (from 1) of results and the total. News items count as visible when `publishedAt` is not after `now`,
 * decided here per search (not when the index was built), so a scheduled item appears when it is due.
 */
export function searchIndex({ words, entries, publishedAt }: SearchIndex, terms: readonly SearchTerm[], page: number, now = Date.now()): SearchFound {
  // Each search word with the index words it stands for: itself, and for a prefix every longer word it starts.
  // A bit per word in 32-bit masks: at most 30 words (lib/search passes at most ten).
  const lookups = terms.slice(0, 30).map((term) => {
    const found: { postings: Postings; weight: number }[] = []
    if (term.prefix) {
      for (const [word, postings] of words.atPrefix(term.text)) found.push({ postings, weight: word === term.text ? 1 : PREFIX_WEIGHT })
    } else {
      const postings = words.get(term.text)
      if (postings) found.push({ postings, weight: 1 })
    }
    return found
  })
  if (lookups.length === 0 || lookups.some((found) => found.length === 0)) return { total: 0, results: [] }

  const count = entries.length
  const every = (1 << lookups.length) - 1
  const held = new Int32Array(count)
  const heldInTitle = new Int32Array(count)
  const score = new Float64Array(count)
  lookups.forEach((found, termIndex) => {
    const bit = 1 << termIndex
    for (const { postings, weight } of found) {
      const size = postings.documents.length
      // BM25's inverse document frequency: rare words count more.
      const idf = weight * Math.log(1 + (count - size + 0.5) / (size + 0.5))
      for (let index = 0; index < size; index++) {
        const document = postings.documents[index]
        held[document] |= bit
        score[document] += idf * postings.weights[index]
        if (postings.inTitle[index]) heldInTitle[document] |= bit
      }
    }
  })
  // Candidates come from the word with the fewest postings: a document holding every word is among them.
  const rarest = lookups.reduce((best, found) => (sizeOf(found) < sizeOf(best) ? found : best))
  const matches: number[] = []
  for (const { postings } of rarest) {
    for (const document of postings.documents) {
      if (held[document] === every && publishedAt[document] <= now) {
        matches.push(document)
        held[document] = 0 // listed once, even when several prefix words lead to it
      }
    }
  }
  // A title holding every word ranks above any score; ties go by title.
  const key = (document: number) => (heldInTitle[document] === every ? TITLE_RANK : 0) + score[document]
  const before = (a: number, b: number) => {
    const difference = key(b) - key(a)
    if (difference !== 0) return difference
    const titleA = entries[a].title
    const titleB = entries[b].title
    return titleA < titleB ? -1 : titleA > titleB ? 1 : 0
  }
  const start = (page - 1) * SEARCH_PAGE_SIZE
  const ranked = firstInOrder(matches, start + SEARCH_PAGE_SIZE, before)
  return { total: matches.length, results: ranked.slice(start).map((document) => resultOf(entries[document], terms)) }
}

/** Above any score a search can reach (ten words, each at most a few dozen points). */
const TITLE_RANK = 1e9

/**
 * The first `wanted` items in order. The first pages need a few dozen of possibly ten thousand matches: those are
 * kept in a small sorted list instead of sorting every match.
 */
function firstInOrder(items: number[], wanted: number, before: (a: number, b: number) => number): number[] {
  if (wanted > 200 || items.length <= wanted) return items.sort(before).slice(0, wanted)
  const top: number[] = []
  for (const item of items) {
    if (top.length === wanted && before(item, top[wanted - 1]) >= 0) continue
    let low = 0
    let high = top.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (before(item, top[middle]) < 0) high = middle
      else low = middle + 1
    }
    top.splice(low, 0, item)
    if (top.length > wanted) top.pop()
  }
  return top
}

const sizeOf = (found: readonly { postings: Postings }[]) => found.reduce((sum, { postings }) => sum + postings.documents.length, 0)
