import { unstable_rethrow } from 'next/navigation'
import { defineEnableDraftMode, type EnableDraftMode } from 'next-sanity/draft-mode'
import { projectId, readToken } from '@/sanity/env'
import { createPreviewSecretClient } from '@/sanity/lib/draft'
import { describeSourceError } from '@/sanity/lib/source-error'
import { log } from '@/lib/log'

/*
 * Switches draft mode on for the browser that opens it: the Studio's Presentation tool opens this route with a
 * short-lived secret it has just stored in the dataset. next-sanity's defineEnableDraftMode checks that secret
 * against the dataset (reading it needs SANITY_API_READ_TOKEN); without a valid one it answers 401 and sets no
 * cookie. On success it sets Next's draft-mode cookie and redirects to the page to preview.
 */

let enable: EnableDraftMode | undefined

export async function GET(request: Request): Promise<Response> {
  if (!projectId) {
    return new Response('Draft preview needs a Sanity project: set NEXT_PUBLIC_SANITY_PROJECT_ID (see docs/editors.md, "Draft preview").', {
      status: 404,
    })
  }
  if (!readToken) {
    return new Response('Draft preview is not configured: set SANITY_API_READ_TOKEN on the server (see docs/editors.md, "Draft preview").', {
      status: 503,
    })
  }
  enable ??= defineEnableDraftMode({ client: createPreviewSecretClient() })
  try {
    return await enable.GET(request)
  } catch (error) {
    // A successful check redirects by throwing; that is Next's control flow, not a failure.
    unstable_rethrow(error)
    // Checking the secret reads Sanity with the token; the client's error carries the request, token included, so
    // only a reduced description is logged, and nothing of it is sent back.
    log.error('draft-mode', `could not check the preview secret (${describeSourceError(error)}).`, { route: '/api/draft-mode/enable' })
    return new Response('Draft preview is unavailable: Sanity could not be reached. Try again shortly.', {
      status: 503,
      headers: { 'cache-control': 'no-store' },
    })
  }
}
