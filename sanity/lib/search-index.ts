import MiniSearch from 'minisearch'
import { SEARCH_PAGE_SIZE, textWords, type SearchTerm } from '@/lib/search'
import type { SEARCH_QUERY_RESULT } from '@/sanity.types'
import type { SanityDocument } from './embedded'

/**
 * Site search over the embedded dataset, from an inverted index (MiniSearch) instead of evaluating GROQ over every
 * document per request. It answers what SEARCH_QUERY answers on the hosted source: the same documents (guides and
 * pages with an address, visible news, FAQ entries), the same texts, every word required (a word of four letters
 * or more also as a prefix), and the same result fields, passage included.
 *
 * Relevance mirrors SEARCH_QUERY's order: a title holding every word first, then MiniSearch's BM25 score with
 * the field weights of the GROQ boosts (title words, section headings, summaries, then the text).
 */

export type SearchFound = SEARCH_QUERY_RESULT
type Result = SearchFound['results'][number]

type Kind = Result['_type']
/** What the index keeps per document beside its words: the document itself (not a copy) and what filters it. */
type Entry = { document: SanityDocument; kind: Kind; title: string; publishedAt: number | null }

/** The texts of one document, one per field the index weighs differently. */
type IndexedTexts = { id: string; title: string; headings: string; summary: string; text: string }

const FIELDS = ['title', 'headings', 'summary', 'text'] as const
/** SEARCH_QUERY's boosts: title words 3, headings 2, excerpt and description 1 on top of the text's own. */
const BOOST = { title: 3, headings: 2, summary: 1.5, text: 1 }
const HEADING_STYLES = new Set(['h2', 'h3', 'h4'])
/** Documents added between two yields of the event loop while the index is built. */
const BUILD_CHUNK = 50

export type SearchIndex = { engine: MiniSearch<IndexedTexts>; entries: Map<string, Entry> }

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

/** The texts SEARCH_QUERY's searchableText covers, split by weight. */
function textsOf(document: SanityDocument, title: string): IndexedTexts {
  const body = records(document.body)
  const seo = isRecord(document.seo) ? document.seo : {}
  const callouts = body.filter((block) => block._type === 'callout').flatMap((callout) => textBlocks(callout.body))
  const steps = body.filter((block) => block._type === 'steps').flatMap((block) => records(block.items))
  return {
    id: document._id,
    title,
    headings: textBlocks(body)
      .filter((block) => HEADING_STYLES.has(text(block.style)))
      .map(blockText)
      .join('\n'),
    summary: [text(document.excerpt), text(seo.description)].join('\n'),
    text: [
      ...[...textBlocks(body), ...textBlocks(document.answer), ...callouts].map(blockText),
      ...steps.flatMap((step) => [text(step.title), text(step.detail)]),
    ].join('\n'),
  }
}

const newEngine = () =>
  new MiniSearch<IndexedTexts>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize: textWords,
    // textWords lowercases already; MiniSearch's default would lowercase again.
    processTerm: (term) => term,
    searchOptions: { boost: BOOST, fuzzy: false },
  })

/**
 * Builds the index of a dataset. Adds documents in chunks and yields to the event loop between them, so building
 * the index of ten thousand items never stops a server from answering other requests for long.
 */
export async function buildSearchIndex(documents: readonly SanityDocument[]): Promise<SearchIndex> {
  const engine = newEngine()
  const entries = new Map<string, Entry>()
  // One document per _id; a later line replaces an earlier one, as an import of the file would.
  const latest = new Map(documents.map((document) => [document._id, document]))
  let chunk: IndexedTexts[] = []
  for (const document of latest.values()) {
    const entry = entryOf(document)
    if (!entry) continue
    entries.set(document._id, entry)
    chunk.push(textsOf(document, entry.title))
    if (chunk.length === BUILD_CHUNK) {
      engine.addAll(chunk)
      chunk = []
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  }
  engine.addAll(chunk)
  return { engine, entries }
}

/** Whether a block's words hold every term (a prefix term: a word starting with it), as `match` decides. */
function holdsEvery(words: readonly string[], terms: readonly SearchTerm[]): boolean {
  return terms.every((term) => words.some((word) => (term.prefix ? word.startsWith(term.text) : word === term.text)))
}

/** SEARCH_QUERY's passage: where the words occur, or else the summary, or else the first block. */
function passageOf(document: SanityDocument, terms: readonly SearchTerm[]): string {
  const excerpt = text(document.excerpt)
  if (excerpt && holdsEvery(textWords(excerpt), terms)) return excerpt
  const blocks = textBlocks(document.body ?? document.answer).map((block) => {
    const value = blockText(block)
    return { value, words: textWords(value) }
  })
  const key = terms.reduce<SearchTerm | undefined>((best, term) => (!best || term.text.length > best.text.length ? term : best), undefined)
  const found =
    blocks.find((block) => Array.from(block.value).length >= 80 && holdsEvery(block.words, terms)) ??
    blocks.find((block) => holdsEvery(block.words, terms)) ??
    (key ? blocks.find((block) => holdsEvery(block.words, [key])) : undefined)
  if (found) return found.value
  const seo = isRecord(document.seo) ? document.seo : {}
  return excerpt || text(seo.description) || blocks[0]?.value || ''
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
export function searchIndex({ engine, entries }: SearchIndex, terms: readonly SearchTerm[], page: number, now = Date.now()): SearchFound {
  if (terms.length === 0) return { total: 0, results: [] }
  const hits = engine.search(
    {
      combineWith: 'AND',
      // Each word is a query of its own, so a prefix word can sit beside an exact one; AND: every word somewhere.
      queries: terms.map((term) => ({ queries: [term.text], prefix: term.prefix, combineWith: 'OR' })),
    },
    {
      // The words are already the index's words: neither split nor changed again.
      tokenize: (query) => [query],
      processTerm: (term) => term,
      filter: (hit) => {
        const entry = entries.get(hit.id as string)
        return entry !== undefined && (entry.publishedAt === null || entry.publishedAt <= now)
      },
    },
  )
  // A title holding every word comes first, as SEARCH_QUERY's largest boost does; then the score; ties by title.
  const ranked = hits.map((hit) => {
    const titleWords = Object.entries(hit.match)
      .filter(([, fields]) => fields.includes('title'))
      .map(([word]) => word)
    return { hit, titleHoldsEvery: holdsEvery(titleWords, terms), title: entries.get(hit.id as string)?.title ?? '' }
  })
  ranked.sort(
    (a, b) =>
      Number(b.titleHoldsEvery) - Number(a.titleHoldsEvery) || b.hit.score - a.hit.score || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  )
  const start = (page - 1) * SEARCH_PAGE_SIZE
  const results = ranked
    .slice(start, start + SEARCH_PAGE_SIZE)
    .map(({ hit }) => resultOf(entries.get(hit.id as string) as Entry, terms))
  return { total: hits.length, results }
}
