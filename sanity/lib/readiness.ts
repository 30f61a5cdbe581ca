import { defineQuery } from 'groq'
import { log } from '@/lib/log'
import { redisAnswers } from '@/lib/redis'
import { redisUrl } from '@/lib/site-config'
import { contentSource } from '../env'
import { readUntagged } from './fetch'
import { contentSourceProblem } from './health'
import { hasLastGood } from './last-good'
import { searchIndexState } from './site-search'
import { describeSourceError } from './source-error'

/**
 * Whether this instance can serve readers (GET /api/ready): its content source answers, or it keeps last good
 * content to serve meanwhile; and, when REDIS_URL is set, the shared cache answers. The reasons name what is missing,
 * never a host, a path or a secret: the answer is public.
 */
export type Readiness = { ready: true; checks: Record<string, string> } | { ready: false; reasons: string[] }

/** The cheapest read that proves the content source answers. */
export const SOURCE_PROBE_QUERY = defineQuery(`count(*[_type == "siteSettings"])`)

async function contentReadable(): Promise<boolean> {
  if (contentSource === 'embedded') return contentSourceProblem() === null
  try {
    await readUntagged(SOURCE_PROBE_QUERY)
    return true
  } catch (error) {
    log.warn('ready', `content source unreadable (${describeSourceError(error)})`, { route: '/api/ready' })
    return false
  }
}

export async function checkReadiness(): Promise<Readiness> {
  const reasons: string[] = []
  const checks: Record<string, string> = {}
  if (await contentReadable()) checks.content = 'readable'
  else if (await hasLastGood()) checks.content = 'serving last good content'
  else reasons.push('the content source cannot be read and no earlier content is kept')
  if (redisUrl) {
    if (await redisAnswers()) checks.sharedCache = 'answering'
    else reasons.push('the shared cache (Redis) does not answer')
  } else {
    checks.sharedCache = 'not configured'
  }
  // Informative only: while the embedded search index is built (in the background after start), pages are served
  // and a search waits for the build, so the instance is ready either way.
  const searchIndex = searchIndexState()
  if (searchIndex) checks.searchIndex = searchIndex
  return reasons.length > 0 ? { ready: false, reasons } : { ready: true, checks }
}
