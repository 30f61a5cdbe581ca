import { checkReadiness } from '@/sanity/lib/readiness'

/**
 * Readiness: 200 when this instance can serve readers (content readable or last good content kept; Redis answering
 * when REDIS_URL is set), 503 with the reasons otherwise (sanity/lib/readiness.ts). A load balancer sends readers
 * only to ready instances. Never cached.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness()
  const headers = { 'Cache-Control': 'no-store' }
  if (readiness.ready) return Response.json({ status: 'ready', checks: readiness.checks }, { headers })
  return Response.json({ status: 'unavailable', reasons: readiness.reasons }, { status: 503, headers })
}
