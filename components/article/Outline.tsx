import type { OutlineHeading } from '@/lib/outline'
import { sectionHref } from '@/lib/urls'

/** Fewer headings than this make no useful outline (the page is short enough to scan). */
export const MIN_OUTLINE_HEADINGS = 3

/**
 * "On this page": the H2 and H3 headings of the body, linking to their ids. One copy of the markup that CSS shows
 * two ways (app/globals.css, "Articles"): on narrow screens a disclosure under the title; on wide ones a sticky
 * column beside the text, where the disclosure's content is always shown and its button gives way to a plain
 * title. Browsers that cannot style a disclosure's content (::details-content) keep the disclosure in the column.
 */
export function Outline({ outline }: { outline: OutlineHeading[] }) {
  if (outline.length < MIN_OUTLINE_HEADINGS) return null
  return (
    <nav aria-labelledby="outline-title" className="outline">
      <details>
        <summary>On this page</summary>
        <p id="outline-title" className="outline-title">
          On this page
        </p>
        <ol className="outline-list">
          {outline.map((heading) => (
            // No className at all on H2 entries: an undefined prop still costs bytes in the RSC payload.
            <li key={heading.key} {...(heading.level === 3 ? { className: 'outline-sub' } : {})}>
              <a href={sectionHref(heading.id)}>{heading.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}
