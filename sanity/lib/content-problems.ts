import { DOCUMENT_TYPES } from '@/lib/vocabulary'
import { readUntagged } from './fetch'
import { CONTENT_PROBLEMS_QUERY } from './queries'
import { describeSourceError } from './source-error'
import { log } from '@/lib/log'

/**
 * Logs documents whose fields have a type the site cannot use (see CONTENT_PROBLEMS_QUERY), once per document and
 * problem per process, so an editor or operator can find and fix them. Pages render regardless: the queries read
 * such fields as missing. Runs whenever the route index is read again (a changed dataset, a webhook, a timer).
 */
const contentProblemGlobals = globalThis as typeof globalThis & { __reportedContentProblems?: Set<string> }

export async function reportContentProblems(): Promise<void> {
  const reported = (contentProblemGlobals.__reportedContentProblems ??= new Set())
  try {
    const documents = await readUntagged(CONTENT_PROBLEMS_QUERY, { types: [...DOCUMENT_TYPES] })
    for (const document of documents) {
      for (const problem of document.problems) {
        const key = `${document._id}\u0000${problem}`
        if (reported.has(key)) continue
        reported.add(key)
        log.error('content', `${document._type} ${document._id}: ${problem}; the site shows it as missing.`, { documentId: document._id })
      }
    }
  } catch (error) {
    log.error('content', `could not check content for problems (${describeSourceError(error)}).`)
  }
}
