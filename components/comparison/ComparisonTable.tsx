import type { HUB_QUERY_RESULT } from '@/sanity.types'
import { ClaimBadge } from '@/components/claims/ClaimBadge'

export type ComparisonTableData = HUB_QUERY_RESULT['comparisonTable']

/**
 * A real table: column headers scoped to columns, each feature a row header. Below 40rem wide the CSS turns rows
 * into stacked cards, labelling each value with its column (data-label), so it reads on a 360 px screen.
 */
export function ComparisonTable({ table, headingLevel = 3 }: { table: ComparisonTableData | null | undefined; headingLevel?: 2 | 3 }) {
  const rows = (table?.rows ?? []).filter((row) => row.feature)
  if (!table || rows.length === 0) return null
  const columns = (table.columns ?? []).filter(Boolean)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <figure className="comparison">
      {table.title ? <Heading className="comparison-title">{table.title}</Heading> : null}
      <table className="stacking-table">
        {table.caption ? <caption>{table.caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">Feature</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row._key}>
              <th scope="row">{row.feature}</th>
              {columns.map((column, index) => (
                <td key={column} data-label={column}>
                  {row.values?.[index] ?? '–'}
                </td>
              ))}
              <td data-label="Status">
                <ClaimBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
