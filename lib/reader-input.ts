/**
 * Text typed by a reader (a search query, a checker field) before it is shown or used. Control characters (C0, DEL
 * and C1, NUL included) have no meaning in such text and some break what shows them: a NUL in a page title, a
 * terminal's escape sequence (U+009B) in a log. Those that separate words (tab, line breaks, U+0085) become spaces;
 * the rest are removed, so "win<NUL>dows" reads "windows".
 */

const SEPARATING_CONTROLS = /[\t\n\v\f\r\u0085]/g
const OTHER_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g

export function withoutControlCharacters(text: string): string {
  return text.replace(SEPARATING_CONTROLS, ' ').replace(OTHER_CONTROLS, '')
}
