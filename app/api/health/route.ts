/**
 * Liveness: 200 while the process serves requests, checking nothing else (a load balancer or Docker's HEALTHCHECK
 * restarts an instance that stops answering here). Whether it can serve readers is GET /api/ready.
 */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}
