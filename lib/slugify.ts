/**
 * Turns text into a URL-safe slug: accents dropped, apostrophes removed ("what's" -> "whats"), every other run
 * of characters that are not ASCII letters or digits becomes one hyphen, no hyphen at either end. Used for page
 * slugs (the Studio's "Generate") and for heading ids, so a link built from a heading's text finds the heading.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The `id` of a heading, derived from its text: "No TPM 2.0? Check your firmware first" ->
 * "no-tpm-2-0-check-your-firmware-first". Text with nothing sluggable in it gets "section". Headings that
 * share a text on one page need a suffix from whoever renders the page; this gives the base.
 */
export function headingId(text: string): string {
  return slugify(text) || 'section'
}
