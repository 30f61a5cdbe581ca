import { Icon, type IconName } from '@/components/icons/Icon'
import { CALLOUT_KIND_LABELS, isCalloutKind, type CalloutKind } from '@/lib/vocabulary'
import { RichText } from './RichText'
import type { CalloutValue } from './types'

const ICONS: Record<CalloutKind, IconName> = {
  insight: 'insight',
  example: 'example',
  opinion: 'opinion',
  tip: 'tip',
  warning: 'warning',
}

/**
 * An aside. Its kind is written out, so the difference between an opinion and a fact never rests on colour.
 * A note (role), not a landmark: a guide has many asides of the same kind, and landmarks must be few and unique.
 */
export function Callout({ value }: { value: CalloutValue }) {
  const kind: CalloutKind = isCalloutKind(value.kind) ? value.kind : 'insight'
  const label = CALLOUT_KIND_LABELS[kind]
  const icon = ICONS[kind]
  // A title that only repeats the kind's label ("Important note") would be said twice.
  const title = value.title && value.title.trim().toLowerCase() !== label.toLowerCase() ? value.title : null
  return (
    <aside className={`callout callout-${kind}`} role="note" aria-label={label}>
      <p className="callout-kind">
        <Icon name={icon} size={18} />
        {label}
      </p>
      {title ? <p className="callout-title">{title}</p> : null}
      <RichText value={value.body} />
    </aside>
  )
}
