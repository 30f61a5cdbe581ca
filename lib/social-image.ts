import { formatDate } from './dates'
import { siteUrl } from './site-config'
import { clampText, collapseWhitespace } from './text'
import { claimStatusLabel, isClaimStatus, type ClaimStatus } from './vocabulary'

/**
 * What a shared link's preview image (Open Graph, 1200×630) shows, prepared from page data. The image is drawn
 * by components/seo/SocialCard with next/og.
 */

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const

/**
 * The design tokens of app/globals.css that the card uses. next/og draws without the site's stylesheet, so the
 * values are repeated here; keep them in step with the tokens.
 */
export const CARD_COLORS = {
  ink: '#1b1f24',
  muted: '#57606a',
  paper: '#ffffff',
  tint: '#f3f6fa',
  line: '#d0d7de',
  brand: '#0b5cab',
  confirmed: '#1a7f37',
  expected: '#9a6700',
  rumored: '#8250df',
} as const

export type CardKind = 'Guide' | 'News' | 'FAQ'

export type SocialCard = {
  siteName: string
  kind: CardKind | null
  title: string
  /** A line under the title (the hub's tagline, a list's description), or null. */
  subtitle: string | null
  status: { value: ClaimStatus; label: string } | null
  /** Already worded for readers ("Published 13 November 2026"), or null. */
  dateLine: string | null
  /** The site's host name, as a reader would type it. */
  host: string
}

const TITLE_MAX = 100
const SUBTITLE_MAX = 140

/**
 * next/og draws text with the one font it ships (Geist, Latin). For a character outside that font it would
 * download another one (Google Fonts, an emoji CDN); offline that fails, and for emoji it fails the whole image.
 * So the card keeps only characters the font has: Latin letters with accents, digits, common punctuation,
 * typographic quotes and dashes, a few symbols. Everything else is dropped.
 */
const DRAWABLE = /[\u0020-\u007E\u00A0-\u017F\u2010-\u2027\u2030-\u203A\u20AC\u2122]/u

export function drawableText(text: string | null | undefined): string {
  if (!text) return ''
  return collapseWhitespace([...text.normalize('NFC')].map((char) => (DRAWABLE.test(char) ? char : ' ')).join(''))
}

export type SocialCardInput = {
  siteName: string | null | undefined
  fallbackSiteName: string
  kind?: CardKind | null
  title?: string | null
  subtitle?: string | null
  status?: string | null
  /** "Published" or "Reviewed", and the date it belongs to. */
  date?: { label: string; value: string | null | undefined } | null
}

/** The card for a page. A page without a (drawable) title still gets a card: the site's name takes its place. */
export function socialCard(input: SocialCardInput): SocialCard {
  const siteName = drawableText(input.siteName) || input.fallbackSiteName
  const title = clampText(drawableText(input.title), TITLE_MAX) || siteName
  const subtitle = clampText(drawableText(input.subtitle), SUBTITLE_MAX) || null
  const formatted = input.date ? formatDate(input.date.value) : null
  const statusLabel = claimStatusLabel(input.status)
  return {
    siteName,
    kind: input.kind ?? null,
    title,
    subtitle,
    status: statusLabel && isClaimStatus(input.status) ? { value: input.status, label: statusLabel } : null,
    dateLine: input.date && formatted ? `${input.date.label} ${formatted}` : null,
    host: new URL(siteUrl).host,
  }
}
