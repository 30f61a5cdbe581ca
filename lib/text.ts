import { toPlainText, type PortableTextBlock } from '@portabletext/react'

/** Text for places that take plain text only (descriptions, structured data, feeds' summaries, social images). */

const isTextBlock = (member: unknown): member is PortableTextBlock =>
  typeof member === 'object' && member !== null && (member as { _type?: unknown })._type === 'block'

/**
 * Runs of whitespace (newlines, tabs, non-breaking spaces) become one space; ends are trimmed. Anything but a string
 * (a field of the wrong type reads as null) gives ''.
 */
export const collapseWhitespace = (text: string | null | undefined) => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '')

/**
 * Shortens text to at most `max` characters, at a word boundary when one is near the end, marked with an
 * ellipsis. Text that fits is returned with its whitespace collapsed.
 */
export function clampText(text: string | null | undefined, max: number): string {
  const collapsed = collapseWhitespace(text)
  if (collapsed.length <= max) return collapsed
  const room = collapsed.slice(0, max - 1)
  const lastSpace = room.lastIndexOf(' ')
  const cut = lastSpace >= max * 0.6 ? room.slice(0, lastSpace) : room
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`
}

/** The plain text of the text blocks of a Portable Text value (custom blocks left out), paragraphs separated. */
export function portableTextToPlain(value: readonly unknown[] | null | undefined): string {
  if (!value) return ''
  return toPlainText(value.filter(isTextBlock)).trim()
}

/** The text of the first paragraph (a normal block with text), or '' when there is none. */
export function firstParagraph(value: readonly unknown[] | null | undefined): string {
  for (const member of value ?? []) {
    if (!isTextBlock(member) || (member.style !== undefined && member.style !== 'normal') || member.listItem) continue
    const text = collapseWhitespace(toPlainText([member]))
    if (text) return text
  }
  return ''
}
