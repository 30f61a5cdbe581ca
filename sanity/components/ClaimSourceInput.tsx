import { useFormValue, type StringInputProps } from 'sanity'

/** The entries of a document's `sources` list as choices: "2. Microsoft: Windows 10 end of support". */
export function sourceChoices(sources: unknown): { title: string; value: string }[] {
  if (!Array.isArray(sources)) return []
  return sources.flatMap((entry: unknown, index) => {
    if (!entry || typeof entry !== 'object' || !('_key' in entry) || typeof entry._key !== 'string') return []
    const label = 'label' in entry && typeof entry.label === 'string' && entry.label.trim() ? entry.label : 'Unnamed source'
    return [{ title: `${index + 1}. ${label}`, value: entry._key }]
  })
}

/**
 * Picks one of the document's sources for a claim. The value is the source's `_key`, so reordering or relabeling
 * the list keeps the link; the choices are built from the list as it is now, and Sanity's own select input shows them.
 */
export function ClaimSourceInput(props: StringInputProps) {
  const sources = useFormValue(['sources'])
  const list = sourceChoices(sources)
  return props.renderDefault({
    ...props,
    schemaType: { ...props.schemaType, options: { ...props.schemaType.options, list, layout: 'dropdown' } },
  })
}
