import type { ReactNode } from 'react'
import { Icon, type IconName } from '@/components/icons/Icon'

/**
 * One of the hub's tool cards (the PC checker, the release calendar): an icon, the link as the title, a line on
 * what it does. The link is the caller's: a page gets a Link, a file an <a> with its type.
 */
export function ToolCard({ icon, link, text }: { icon: IconName; link: ReactNode; text: string }) {
  return (
    <li>
      <article className="card">
        <span className="card-icon">
          <Icon name={icon} size={24} />
        </span>
        <h3 className="card-title">{link}</h3>
        <p className="card-text">{text}</p>
      </article>
    </li>
  )
}
