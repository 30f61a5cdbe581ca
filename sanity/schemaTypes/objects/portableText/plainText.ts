/** The plain text of Portable Text blocks, for previews in the editor. */
export function plainText(blocks: unknown, maxLength = 80): string {
  if (!Array.isArray(blocks)) return ''
  const spanText = (span: unknown) => (span && typeof span === 'object' && 'text' in span && typeof span.text === 'string' ? span.text : '')
  const blockText = (block: unknown) =>
    block && typeof block === 'object' && 'children' in block && Array.isArray(block.children) ? block.children.map(spanText).join('') : ''
  const text = blocks.map(blockText).join(' ').replace(/\s+/g, ' ').trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}\u2026` : text
}
