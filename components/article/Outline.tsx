import type { OutlineHeading } from '@/lib/outline'
import { sectionHref } from '@/lib/urls'

/** Fewer headings than this make no useful outline (the page is short enough to scan). */
export const MIN_OUTLINE_HEADINGS = 3

function OutlineList({ outline }: { outline: OutlineHeading[] }) {
  return (
    <ol className="outline-list">
      {outline.map((heading) => (
        <li key={heading.key} className={heading.level === 3 ? 'outline-sub' : undefined}>
          <a href={sectionHref(heading.id)}>{heading.text}</a>
        </li>
      ))}
    </ol>
  )
}

/**
 * "On this page": the H2 and H3 headings of the body, linking to their ids. Two presentations of the same list:
 * a disclosure under the title on narrow screens and a sticky column beside the text on wide ones; the CSS
 * displays one of them, so assistive technology meets only one.
 */
export function Outline({ outline, variant }: { outline: OutlineHeading[]; variant: 'disclosure' | 'sidebar' }) {
  if (outline.length < MIN_OUTLINE_HEADINGS) return null
  if (variant === 'disclosure') {
    return (
      <details className="outline outline-disclosure">
        <summary>On this page</summary>
        <nav aria-label="On this page">
          <OutlineList outline={outline} />
        </nav>
      </details>
    )
  }
  return (
    <nav aria-labelledby="outline-title" className="outline outline-sidebar">
      <p id="outline-title" className="outline-title">
        On this page
      </p>
      <OutlineList outline={outline} />
    </nav>
  )
}
