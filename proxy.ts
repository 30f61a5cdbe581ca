import { NextResponse, type NextRequest } from 'next/server'
import { contentRouteExists } from '@/sanity/lib/route-index'

/**
 * Answers 404 for guide, news and news-list URLs whose content does not exist, by rewriting to a path no route
 * matches: Next then renders app/not-found.tsx on the server (see sanity/lib/route-index.ts for why).
 */
export async function proxy(request: NextRequest) {
  // In draft mode (Next's bypass cookie) the page decides: a guide or news item may exist only as a draft, which
  // the published route index does not know. The page itself checks the cookie and still answers 404 for content
  // that is missing.
  if (request.cookies.has('__prerender_bypass')) return NextResponse.next()
  const exists = await contentRouteExists(request.nextUrl.pathname)
  if (exists === false) return NextResponse.rewrite(new URL('/_content/not-found', request.url), { status: 404 })
  return NextResponse.next()
}

export const config = {
  // Single-segment paths without a dot (guides) except the site's fixed sections, /news/<slug> and /news/page/<n>.
  matcher: ['/((?!news$|faq$|search$|can-my-pc-run-windows-12$|studio$|api$|_next|_content)[^/.]+)', '/news/:slug', '/news/page/:page'],
}
