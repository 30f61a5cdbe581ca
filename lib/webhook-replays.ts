import 'server-only'
import { LRUCache } from 'lru-cache'
import { REDIS_KEY_PREFIX, withRedis } from './redis'

/**
 * Signed webhook calls already acted on. A signature stays valid for its whole time window, and anyone who saw one
 * call (a log, a proxy) could send it again: each replay would expire the changed document's tags and the list tags
 * again. So the revalidation route claims a signature before it acts, and a claimed signature is only acknowledged.
 *
 * A claim lasts until the signature's timestamp leaves the window the route accepts (after that the route refuses it
 * anyway). With REDIS_URL every instance shares the claims (SET NX PX), so a call replayed to another instance is
 * caught too; each instance also keeps its own bounded record (LRU), which is all there is without Redis or while
 * Redis does not answer: a call replayed to another instance is then acted on at most once more per instance.
 */

/** Claims kept in memory per instance; the oldest are forgotten first. Only holders of the secret can add claims. */
export const MAX_REMEMBERED_SIGNATURES = 10_000

const REDIS_KEY = `${REDIS_KEY_PREFIX}webhook-signature:`

const store = globalThis as typeof globalThis & { __webhookSignatures?: LRUCache<string, true> }
// Wall-clock time, read at each check, like the signatures' timestamps (lru-cache would use the monotonic clock
// and reuse a reading for a millisecond).
const remembered = () =>
  (store.__webhookSignatures ??= new LRUCache<string, true>({ max: MAX_REMEMBERED_SIGNATURES, perf: { now: () => Date.now() }, ttlResolution: 0 }))

/**
 * Claims a signature (the hash of a signed call) for `ttlMs`: 'first' when no instance has acted on it yet,
 * 'replay' when one has, or is acting on it now.
 */
export async function claimSignature(signature: string, ttlMs: number): Promise<'first' | 'replay'> {
  const ttl = Math.max(1000, Math.ceil(ttlMs))
  const seenHere = remembered().has(signature)
  // A replay neither renews nor shortens the claim.
  if (!seenHere) remembered().set(signature, true, { ttl })
  const shared = await withRedis((client) => client.set(REDIS_KEY + signature, '1', { condition: 'NX', expiration: { type: 'PX', value: ttl } }))
  // null: the key was there, another instance (or this one) claimed it first.
  return seenHere || shared === null ? 'replay' : 'first'
}

/** Gives a claim back when the call could not be acted on (Sanity then retries it, and the retry must count). */
export async function releaseSignature(signature: string): Promise<void> {
  remembered().delete(signature)
  await withRedis((client) => client.del(REDIS_KEY + signature))
}
