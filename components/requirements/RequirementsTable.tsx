import type { RequirementsEmbedValue } from '@/components/portable-text/types'
import Link from 'next/link'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { CHECKER_PATH } from '@/lib/urls'

type Requirements = RequirementsEmbedValue['requirements']
type Spec = Partial<NonNullable<NonNullable<Requirements>['minimum']>>

/** Each row turns the machine-readable values into words; a missing value shows a dash, never "undefined". */
const ROWS: { label: string; describe: (spec: Spec) => string | null }[] = [
  {
    label: 'Processor',
    describe: (s) => [s.cpuCores ? `${s.cpuCores}+ cores` : null, s.cpuNote].filter(Boolean).join(', ') || null,
  },
  { label: 'Memory (RAM)', describe: (s) => (s.ramGb ? `${s.ramGb} GB${s.ramGb >= 16 ? ' or more' : ''}` : null) },
  {
    label: 'Storage',
    // The note is the editor's wording of the number (e.g. a range); the bare number is the fallback.
    describe: (s) => s.storageNote ?? (s.storageGb ? `${s.storageGb} GB free` : null),
  },
  { label: 'Security chip', describe: (s) => (s.tpmVersion ? `TPM ${s.tpmVersion.toFixed(1)}` : null) },
  {
    label: 'Graphics',
    describe: (s) => s.graphicsNote ?? (s.directX ? `DirectX ${s.directX} compatible` : null),
  },
  { label: 'Display', describe: (s) => (s.displayHeightPx ? `${s.displayHeightPx}p or higher` : null) },
  { label: 'Internet', describe: (s) => s.internetNote ?? null },
]

export function RequirementsTable({ requirements }: { requirements: Requirements | null | undefined }) {
  if (!requirements) return null
  const minimum = requirements.minimum ?? {}
  const recommended = requirements.recommended ?? {}
  const rows = ROWS.map((row) => ({ label: row.label, minimum: row.describe(minimum), recommended: row.describe(recommended) })).filter(
    (row) => row.minimum || row.recommended,
  )
  return (
    <figure className="requirements">
      <h3 className="requirements-title">
        {requirements.title ?? 'System requirements'} <ClaimBadge status={requirements.status} />
      </h3>
      {requirements.summary ? <p>{requirements.summary}</p> : null}
      {rows.length > 0 ? (
        <table className="stacking-table">
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Minimum</th>
              <th scope="col">Recommended</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td data-label="Minimum">{row.minimum ?? '–'}</td>
                <td data-label="Recommended">{row.recommended ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="requirements-check">
        <Link href={CHECKER_PATH}>Check your PC</Link> against these requirements.
      </p>
      {requirements.compatibilityNotes?.length ? (
        <ul className="requirements-notes">
          {requirements.compatibilityNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </figure>
  )
}
