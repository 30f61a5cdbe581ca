import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Compares a secret a caller sent with the configured one in constant time. Both sides are hashed first, so the
 * comparison always runs over two equal-length digests: neither the time taken nor an early length check tells a
 * caller how much of a guess was right, or how long the secret is.
 */
export function secretsMatch(given: string | null | undefined, expected: string | null | undefined): boolean {
  if (typeof given !== 'string' || typeof expected !== 'string' || expected === '') return false
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/** The credential of an `Authorization: Bearer <credential>` header, or null. */
export function bearerCredential(header: string | null | undefined): string | null {
  const match = /^Bearer +(.+)$/i.exec(header ?? '')
  return match ? match[1] : null
}
