import { defineQuery } from 'groq'
import { DOCUMENT_TYPES } from '@/lib/vocabulary'
import { readUntagged } from './fetch'
import { readBySlices, sliceSize } from './slices'
import { describeSourceError } from './source-error'
import { log } from '@/lib/log'

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
 * Documents whose fields have a type the site cannot use, read in slices after $lastId in _id order (a filter
 * cursor): every document of the slice, most with no problems, so the caller knows where the next slice starts.
 * `$types`: DOCUMENT_TYPES (lib/vocabulary.ts).
 */
export const CONTENT_PROBLEMS_QUERY = defineQuery(`*[_type in $types && _id > $lastId] | order(_id)[0...$size]${contentProblemsProjection}`)

/** The same check for one document, after a webhook named it. */
export const CONTENT_PROBLEMS_DOCUMENT_QUERY = defineQuery(`*[_id == $id][0]${contentProblemsProjection}`)

/**
 * Logs documents whose fields have a type the site cannot use (see CONTENT_PROBLEMS_QUERY), once per document and
 * problem per process, so an editor or operator can find and fix them. Pages render regardless: the queries read
 * such fields as missing. The whole dataset is checked by slices (a filter cursor on _id) when the route index is
 * read again, at most every CHECK_INTERVAL_MS per instance; a webhook checks the one document it names.
 */
const CHECK_INTERVAL_MS = 10 * 60_000
const SLICE_SIZE = 1_000

const contentProblemGlobals = globalThis as typeof globalThis & { __reportedContentProblems?: Set<string>; __contentProblemsCheckedAt?: number }

type Checked = { _id: string; _type: string; problems: string[] }

function report(documents: readonly (Checked | null)[]): void {
  const reported = (contentProblemGlobals.__reportedContentProblems ??= new Set())
  for (const document of documents) {
    for (const problem of document?.problems ?? []) {
      const key = `${document!._id}\u0000${problem}`
      if (reported.has(key)) continue
      reported.add(key)
      log.error('content', `${document!._type} ${document!._id}: ${problem}; the site shows it as missing.`, { documentId: document!._id })
    }
  }
}

export async function reportContentProblems(now = Date.now()): Promise<void> {
  const checkedAt = contentProblemGlobals.__contentProblemsCheckedAt
  if (checkedAt !== undefined && now - checkedAt < CHECK_INTERVAL_MS) return
  contentProblemGlobals.__contentProblemsCheckedAt = now
  try {
    await readBySlices(async (params) => {
      const slice = await readUntagged(CONTENT_PROBLEMS_QUERY, { ...params, types: [...DOCUMENT_TYPES] })
      report(slice)
      // Reported as read: nothing is kept.
      return slice.map(({ _id }) => ({ _id }))
    }, sliceSize(SLICE_SIZE))
  } catch (error) {
    log.error('content', `could not check content for problems (${describeSourceError(error)}).`)
  }
}

/** Checks the one document a webhook named. */
export async function checkDocumentForProblems(id: string): Promise<void> {
  try {
    report([await readUntagged(CONTENT_PROBLEMS_DOCUMENT_QUERY, { id })])
  } catch (error) {
    log.error('content', `could not check ${id} for problems (${describeSourceError(error)}).`, { documentId: id })
  }
}
