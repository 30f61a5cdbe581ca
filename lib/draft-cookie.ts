import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { distDir } from './site-config'
import { secretsMatch } from './secrets'

/** The cookie Next's draftMode().enable() sets; its value is the build's preview-mode id. */
export const DRAFT_COOKIE = '__prerender_bypass'

let previewModeId: string | null | undefined

/**
 * The build's preview-mode id, which Next writes to prerender-manifest.json and compares the cookie with when it
 * renders. The proxy needs it to tell a real draft-mode cookie from a forged one (Next gives it no API there: in
 * the Node.js proxy, draftMode() compares against an empty id). Read once per process; null when unreadable, and
 * then no cookie is taken as valid.
 */
function buildPreviewModeId(): string | null {
  if (previewModeId !== undefined) return previewModeId
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), distDir, 'prerender-manifest.json'), 'utf8'))
    const id = (manifest as { preview?: { previewModeId?: unknown } } | null)?.preview?.previewModeId
    previewModeId = typeof id === 'string' && id !== '' ? id : null
  } catch {
    previewModeId = null
  }
  return previewModeId
}

/** Whether a draft-mode cookie value is the one this build issues (compared in constant time). */
export function isValidDraftCookie(value: string | undefined): boolean {
  return value !== undefined && secretsMatch(value, buildPreviewModeId())
}
