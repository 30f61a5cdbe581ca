import { CALLOUT_KIND_LABELS as KIND_LABELS } from '@/lib/vocabulary'
import { RichText } from './RichText'
import type { CalloutValue } from './types'

/** An aside. Its kind is written out, so the difference between an opinion and a fact never rests on colour. */
export function Callout({ value }: { value: CalloutValue }) {
  const kind = value.kind && KIND_LABELS[value.kind] ? value.kind : 'insight'
  // A title that only repeats the kind's label ("Important note") would be said twice.
  const title = value.title && value.title.trim().toLowerCase() !== KIND_LABELS[kind].toLowerCase() ? value.title : null
  return (
    <aside className={`callout callout-${kind}`} aria-label={KIND_LABELS[kind]}>
      <p className="callout-kind">{KIND_LABELS[kind]}</p>
      {title ? <p className="callout-title">{title}</p> : null}
      <RichText value={value.body} />
    </aside>
  )
}
