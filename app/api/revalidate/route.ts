import { decodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { revalidateTag } from 'next/cache'
import { NextRequest, NextResponse } from 'next/server'
import { parseBody } from 'next-sanity/webhook'
import { claimSignature, releaseSignature } from '@/lib/webhook-replays'
import { revalidateSecret, webhookMaxAgeSeconds, webhookSettleMs } from '@/sanity/env'
import { contentSourceProblem } from '@/sanity/lib/health'
import { invalidChange, tagsForChange, type ChangedDocument } from '@/sanity/lib/revalidation'
import { updateRouteIndex } from '@/sanity/lib/route-index'

/**
 * Sanity's webhook: verifies the signature (next-sanity's parseBody), refuses signatures dated outside the time
 * window (SANITY_WEBHOOK_MAX_AGE_SECONDS, 5 minutes by default), acts on each signed call once (the same call sent
 * again within its window is acknowledged with 200 and "already processed", and nothing is expired again: see
 * lib/webhook-replays.ts), and expires the cache tags of the changed document at once, so the next reader of a page
 * that shows it gets a fresh page while every other page stays cached (see sanity/lib/tags.ts).
 */

const MAX_BODY_BYTES = 64 * 1024

const reply = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** Reads the body, stopping as soon as it passes the limit (null then). */
async function readLimitedBody(request: NextRequest, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The signature's timestamp (milliseconds) and hash, or null when the header is malformed. */
function decodeSignature(signatureHeader: string): { timestamp: number; hash: string } | null {
  try {
    const { timestamp, hashedPayload } = decodeSignatureHeader(signatureHeader)
    return Number.isFinite(timestamp) && hashedPayload ? { timestamp, hash: hashedPayload } : null
  } catch {
    return null
  }
}

export async function POST(request: NextRequest) {
  if (!revalidateSecret) {
    return reply(503, { message: 'Webhook disabled: SANITY_REVALIDATE_SECRET is not configured on this server.' })
  }
  const raw = await readLimitedBody(request, MAX_BODY_BYTES)
  if (raw === null) return reply(413, { message: `Body larger than ${MAX_BODY_BYTES} bytes.` })

  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  if (!signature) return reply(401, { message: 'Missing signature.' })

  let parsed: Awaited<ReturnType<typeof parseBody>>
  try {
    // The settling wait is done below, after the replay check, so that tests can shorten it.
    parsed = await parseBody(new NextRequest(request.url, { method: 'POST', headers: request.headers, body: raw }), revalidateSecret, false)
  } catch {
    return reply(400, { message: 'Body is not valid JSON.' })
  }
  if (parsed.isValidSignature !== true) return reply(401, { message: 'Invalid signature.' })
  const decoded = decodeSignature(signature)
  const now = Date.now()
  const windowMs = webhookMaxAgeSeconds * 1000
  if (!decoded || Math.abs(now - decoded.timestamp) > windowMs) {
    return reply(401, { message: `Signature timestamp is more than ${webhookMaxAgeSeconds} s from now (replayed or clock skew).` })
  }
  const invalid = invalidChange(parsed.body)
  if (invalid) return reply(400, { message: invalid })

  // Claimed until the signature leaves the window, after which the check above refuses it.
  if ((await claimSignature(decoded.hash, decoded.timestamp + windowMs - now)) === 'replay') {
    return reply(200, { message: 'Already processed: this signed call was acted on before; nothing was expired again.', revalidated: [], now })
  }
  try {
    if (webhookSettleMs > 0) await new Promise((resolve) => setTimeout(resolve, webhookSettleMs))

    // Expiring pages while the source cannot be read would replace good pages with nothing better: refuse, so
    // Sanity retries the webhook (the retry must then count: the claim is given back), and keep serving what is
    // cached.
    const problem = contentSourceProblem()
    if (problem) {
      await releaseSignature(decoded.hash)
      return reply(503, { message: `Content source unreadable; nothing expired. ${problem}` })
    }

    const change = parsed.body as ChangedDocument
    // The index first: a list page re-rendered after the expiry below must already count the changed document.
    await updateRouteIndex(change._id)
    const revalidated = tagsForChange(change)
    for (const tag of revalidated) revalidateTag(tag, { expire: 0 })
    return reply(200, { revalidated, now: Date.now() })
  } catch (error) {
    await releaseSignature(decoded.hash)
    throw error
  }
}
