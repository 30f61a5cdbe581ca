import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { siteUrl } from '@/lib/site-config'
import { sameOriginPath } from '@/lib/urls'

/**
 * Leaves draft mode: clears Next's draft-mode cookie and goes back to the page the editor was on (`?redirect=`),
 * or to the hub. The target must stay on this site (see sameOriginPath); the Location is always a relative,
 * percent-encoded path, so it stays on whatever host served it and cannot carry a header break.
 */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const location = sameOriginPath(request.nextUrl.searchParams.get('redirect'), siteUrl)
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
