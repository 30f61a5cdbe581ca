import { safeExternalUrl } from '@/lib/urls'

/** A source as the queries return it. */
export type SourceData = { _key: string; label?: string | null; url?: string | null; accessedAt?: string | null }

export type NumberedSource = { key: string; number: number; label: string; url: string; accessedAt: string | null }

/**
 * The sources readers see, numbered from 1 in the editors' order. An entry whose address is not http(s) is left out
 * (it cannot become a link), and the numbers close up around it, so the list and the claims that point to it agree.
 */
export function numberSources(sources: readonly (SourceData | null)[] | null | undefined): NumberedSource[] {
  const numbered: NumberedSource[] = []
  for (const source of sources ?? []) {
    const url = safeExternalUrl(source?.url)
    if (!source || !url) continue
    numbered.push({ key: source._key, number: numbered.length + 1, label: source.label?.trim() || url, url, accessedAt: source.accessedAt ?? null })
  }
  return numbered
}

/** The anchor of a numbered source in the page: claims link to it. */
export const sourceAnchor = (number: number) => `source-${number}`

type MarkDef = { _type?: unknown; source?: unknown; [field: string]: unknown }
type Member = { _type?: unknown; markDefs?: unknown; body?: unknown; [field: string]: unknown }

/**
 * Portable Text with each claim that points to a listed source given that source's number (`sourceNumber`), in text
 * blocks and in the text of asides. Claims whose source is not listed get none and render without a link.
 */
export function withClaimSourceNumbers<Value extends readonly unknown[]>(value: Value, sources: readonly NumberedSource[]): Value {
  if (sources.length === 0) return value
  const numbers = new Map(sources.map((source) => [source.key, source.number]))
  const numberMarks = (markDefs: unknown) =>
    Array.isArray(markDefs)
      ? markDefs.map((mark: MarkDef) =>
          mark && mark._type === 'claim' && typeof mark.source === 'string' && numbers.has(mark.source)
            ? { ...mark, sourceNumber: numbers.get(mark.source) }
            : mark,
        )
      : markDefs
  const visit = (member: unknown): unknown => {
    if (!member || typeof member !== 'object') return member
    const block = member as Member
    if (block._type === 'block') return { ...block, markDefs: numberMarks(block.markDefs) }
    if (block._type === 'callout' && Array.isArray(block.body)) return { ...block, body: block.body.map(visit) }
    return member
  }
  return value.map(visit) as unknown as Value
}
