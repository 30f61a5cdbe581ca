import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

/**
 * Leaves draft mode: clears Next's draft-mode cookie and goes back to the page the editor was on (`?redirect=`,
 * a path on this site only), or to the hub. The redirect is relative, so it stays on whatever host served it.
 */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const target = request.nextUrl.searchParams.get('redirect')
  const path = target && /^\/(?![/\\])/.test(target) ? target : '/'
  return new Response(null, { status: 307, headers: { Location: path } })
}
