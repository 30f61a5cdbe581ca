import { revalidateTag } from 'next/cache'
import { NextResponse, type NextRequest } from 'next/server'
import { bearerCredential, secretsMatch } from '@/lib/secrets'
import { cronSecret } from '@/sanity/env'
import { TIME_DEPENDENT_TAGS } from '@/sanity/lib/tags'

/**
 * Called on a schedule (vercel.json, or any scheduler) with `Authorization: Bearer $CRON_SECRET`: expires the
 * content that depends on the clock, so news whose publishedAt has come appears even when no webhook fired.
 */
export async function GET(request: NextRequest) {
  if (!cronSecret) {
    return NextResponse.json({ message: 'Cron disabled: CRON_SECRET is not configured on this server.' }, { status: 401 })
  }
  if (!secretsMatch(bearerCredential(request.headers.get('authorization')), cronSecret)) {
    return NextResponse.json({ message: 'Missing or wrong bearer secret.' }, { status: 401 })
  }
  for (const tag of TIME_DEPENDENT_TAGS) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: TIME_DEPENDENT_TAGS, now: Date.now() })
}
