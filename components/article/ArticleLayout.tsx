import type { OutlineHeading } from '@/lib/outline'
import { MIN_OUTLINE_HEADINGS, Outline } from './Outline'

type Props = {
  /** Breadcrumbs, title, metadata line: everything above the body. The outline follows it on phones. */
  header: React.ReactNode
  outline: OutlineHeading[]
  /** The body, then whatever closes the article (sources, change log). */
  children: React.ReactNode
  /** Full-width content after the article columns (related guides). */
  footer?: React.ReactNode
  className?: string
}

/**
 * The reading layout of guides, news items and pages: a column of about 70 characters and, when the body has
 * enough headings, an "On this page" outline: a disclosure under the title on narrow screens, a sticky column beside
 * the text on wide ones (one element, placed by the grid). The outline comes right after the header in the
 * document, so keyboard and screen-reader users reach it before the body, as sighted readers see it beside the
 * body's start.
 */
export function ArticleLayout({ header, outline, children, footer, className }: Props) {
  const hasOutline = outline.length >= MIN_OUTLINE_HEADINGS
  return (
    <article className={['article', hasOutline ? 'has-outline' : null, className].filter(Boolean).join(' ')}>
      <div className="article-columns">
        <header className="article-header">{header}</header>
        <Outline outline={outline} />
        <div className="article-body">{children}</div>
      </div>
      {footer}
    </article>
  )
}
