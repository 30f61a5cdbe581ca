import 'server-only'
import type { QueryParams } from '@sanity/client'
import { contentSource, readToken } from '../env'
import { createHostedClient } from './client'

/*
 * Draft preview (Next.js draft mode, switched on by /api/draft-mode/enable from the Studio's Presentation tool).
 * Server-only: the read token must never reach a browser bundle, and `server-only` makes importing this module
 * from a client component a build error.
 */

/**
 * Drafts exist only in a hosted dataset and can only be read with a token. The embedded dataset has no drafts:
 * with it, draft mode shows the same published content as normal mode.
 */
export const draftPreviewAvailable = contentSource === 'hosted' && Boolean(readToken)

/** Where stega edit links point: the embedded Studio (sanity.config.ts `basePath`). */
const STUDIO_URL = '/studio'

/** Fields the site looks values up by, not only displays: stega's invisible characters would break the lookup. */
const NOT_ENCODED = new Set(['kind', 'category', 'style', 'listItem'])

let draftClient: ReturnType<typeof createHostedClient> | undefined

function getDraftClient() {
  draftClient ??= createHostedClient().withConfig({
    token: readToken,
    perspective: 'drafts',
    useCdn: false,
    stega: {
      enabled: true,
      studioUrl: STUDIO_URL,
      filter: (props) => {
        const field = props.sourcePath.at(-1)
        return typeof field === 'string' && NOT_ENCODED.has(field) ? false : props.filterDefault(props)
      },
    },
  })
  return draftClient
}

/**
 * Reads drafts laid over published content, with stega-encoded strings that the VisualEditing overlay turns into
 * "edit in Studio" links. Never cached: every preview request sees the latest edit.
 */
export function fetchDraft<Result>(query: string, params: QueryParams): Promise<Result> {
  return getDraftClient().fetch<Result>(query, params, { cache: 'no-store' })
}

/** The client /api/draft-mode/enable checks Presentation's preview secret with (a document only a token can read). */
export function createPreviewSecretClient() {
  return createHostedClient().withConfig({ token: readToken })
}
