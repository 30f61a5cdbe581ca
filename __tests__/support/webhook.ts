import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

/**
 * Posts `payload` to a site's webhook route signed with `secret`, the way Sanity signs its webhooks. `timestamp`
 * dates the signature (an old one must be refused); `sendBody` sends other bytes than the signed ones (a tampered
 * body must be refused).
 */
export async function sendSignedWebhook(
  baseUrl: string,
  payload: unknown,
  secret: string,
  options: { timestamp?: number; sendBody?: string } = {},
): Promise<Response> {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, options.timestamp ?? Date.now(), secret)
  return fetch(`${baseUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    body: options.sendBody ?? body,
  })
}

