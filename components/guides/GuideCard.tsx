import Link from 'next/link'
import { Icon } from '@/components/icons/Icon'
import { DEFAULT_GUIDE_ICON, type GuideIconName } from '@/lib/guide-icons'
import { readingTimeLabel } from '@/lib/reading-time'
import { documentPath } from '@/lib/urls'

export type GuideCardData = {
  _id: string
  title: string
  slug: string
  /** One or two sentences: the hub summary's first paragraph or the search description. */
  summary?: string | null
  wordCount?: number | null
}

/**
 * A guide as a card: icon, title (the link, stretched over the whole card), one-line summary, reading time.
 * `headingLevel` follows the section the cards sit in.
 */
export function GuideCard({ guide, icon, headingLevel }: { guide: GuideCardData; icon?: GuideIconName; headingLevel: 2 | 3 | 4 }) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]
  const readingTime = readingTimeLabel(guide.wordCount)
  return (
    <article className="card guide-card">
      <span className="card-icon">
        <Icon name={icon ?? DEFAULT_GUIDE_ICON} size={24} />
      </span>
      <Heading className="card-title">
        <Link href={documentPath('guide', guide.slug)} className="card-link">
          {guide.title}
        </Link>
      </Heading>
      {guide.summary ? <p className="card-text">{guide.summary}</p> : null}
      {readingTime ? (
        <p className="card-meta">
          <Icon name="clock" size={16} /> {readingTime}
        </p>
      ) : null}
    </article>
  )
}

/** Cards in a responsive grid; `icons` maps guide ids to the icons editors chose in the navigation. */
export function GuideCards({ guides, icons, headingLevel }: { guides: GuideCardData[]; icons: Map<string, GuideIconName>; headingLevel: 2 | 3 | 4 }) {
  if (guides.length === 0) return null
  return (
    <ul className="card-grid">
      {guides.map((guide) => (
        <li key={guide._id}>
          <GuideCard guide={guide} icon={icons.get(guide._id)} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
