/**
 * Text to URL-safe identifiers: page slugs and heading ids. Accents are dropped, apostrophes removed
 * ("what's" -> "whats"), every other run of characters that are not a-z or 0-9 becomes one hyphen, no hyphen at
 * either end; cut to `maxLength` (at a hyphen-free end) when given.
 */
export function slugify(input: string, maxLength = Infinity): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
}

/**
 * The fragment id of a heading, from its text: "Method 1: Microsoft’s Media Creation Tool (expected)" ->
 * "method-1-microsofts-media-creation-tool-expected". Links to a section (`/slug#id`) are built with this, so
 * they keep working as long as the heading's wording does. Text without letters or digits gives "section".
 * Two headings with the same text on one page are told apart by lib/outline.ts.
 */
export function headingId(text: string): string {
  return slugify(text, 80) || 'section'
}
