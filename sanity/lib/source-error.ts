import { readToken } from '../env'

/**
 * Errors from the content source, reduced to what is safe to log or rethrow. @sanity/client's errors carry the
 * request they failed on, Authorization header included; printing one (or letting Next print it) would write the
 * read token into the server log. Only the message, HTTP status and Sanity's request id survive, and any copy of
 * the token inside the message itself is masked.
 */
export class ContentSourceError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly requestId?: string,
  ) {
    super(message)
    this.name = 'ContentSourceError'
  }
}

function mask(text: string): string {
  let masked = text
  if (readToken) masked = masked.split(readToken).join('[token]')
  // Any bearer credential, whichever token it is.
  return masked.replace(/(Bearer\s+)[^\s"',;]+/gi, '$1[token]')
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

export function toContentSourceError(error: unknown): ContentSourceError {
  if (error instanceof ContentSourceError) return error
  const status = field(error, 'statusCode') ?? field(field(error, 'response'), 'statusCode')
  const headers = field(field(error, 'response'), 'headers')
  const requestId = field(headers, 'x-request-id') ?? field(headers, 'x-sanity-request-id')
  const name = typeof field(error, 'name') === 'string' ? String(field(error, 'name')) : 'Error'
  const message = error instanceof Error ? error.message : String(error)
  const code = field(error, 'code')
  const summary = `${name}: ${mask(message).slice(0, 500)}${typeof code === 'string' ? ` (${code})` : ''}`
  return new ContentSourceError(summary, typeof status === 'number' ? status : undefined, typeof requestId === 'string' ? requestId : undefined)
}

/** One line for the server log. */
export function describeSourceError(error: unknown): string {
  const reduced = toContentSourceError(error)
  const details = [reduced.statusCode ? `status ${reduced.statusCode}` : null, reduced.requestId ? `request ${reduced.requestId}` : null].filter(Boolean)
  return details.length > 0 ? `${reduced.message} [${details.join(', ')}]` : reduced.message
}
