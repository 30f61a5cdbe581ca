/** Writing text into HTML or XML that we assemble as strings (RSS, the sitemap index). */

// `&#39;` rather than `&apos;`: a numeric reference means the apostrophe in HTML 4 and in XML alike.
const MARKUP_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML or XML character data (or an attribute value) that shows exactly that text. */
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (char) => MARKUP_ESCAPES[char])
