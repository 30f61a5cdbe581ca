import { Icon, type IconName } from '@/components/icons/Icon'

/**
 * The line under a title: dates, reading time, and (from the editorial-trust work) author and reviewer. Items are
 * separated by the layout, so any component can be one of the children.
 */
export function ArticleMeta({ children }: { children: React.ReactNode }) {
  return <div className="article-meta">{children}</div>
}

/** One fact of the metadata line, with its icon. */
export function MetaItem({ icon, children }: { icon: IconName; children: React.ReactNode }) {
  return (
    <span className="meta-item">
      <Icon name={icon} size={18} />
      <span>{children}</span>
    </span>
  )
}
