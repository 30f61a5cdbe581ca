import { render, screen, within } from '@testing-library/react'
import { ComparisonTable } from '@/components/comparison/ComparisonTable'

const table = {
  title: 'Windows 11 vs Windows 12',
  caption: 'Windows 12 entries are projections.',
  columns: ['Windows 11', 'Windows 12 (expected)'],
  rows: [
    { _key: 'a', feature: 'AI integration', values: ['Basic', 'System-wide'], status: 'rumored' as const },
    { _key: 'b', feature: 'System requirements', values: ['TPM 2.0 required'], status: 'expected' as const },
    { _key: 'c', feature: 'Release', values: ['2021', '?'], status: 'confirmed' as const },
  ],
}

describe('ComparisonTable', () => {
  it('is a real table with column-scoped headers and feature row headers', () => {
    render(<ComparisonTable table={table} />)
    const grid = screen.getByRole('table')
    const columnHeaders = within(grid).getAllByRole('columnheader')
    expect(columnHeaders.map((header) => header.textContent)).toEqual(['Feature', 'Windows 11', 'Windows 12 (expected)', 'Status'])
    for (const header of columnHeaders) expect(header).toHaveAttribute('scope', 'col')
    const rowHeaders = within(grid).getAllByRole('rowheader')
    expect(rowHeaders.map((header) => header.textContent)).toEqual(['AI integration', 'System requirements', 'Release'])
    for (const header of rowHeaders) expect(header).toHaveAttribute('scope', 'row')
    expect(screen.getByText('Windows 12 entries are projections.').tagName).toBe('CAPTION')
  })

  it('shows each row status as a word, and a dash for a missing value', () => {
    render(<ComparisonTable table={table} />)
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell').at(-1)?.textContent)).toEqual(['Rumored', 'Expected', 'Confirmed'])
    expect(within(rows[1]).getAllByRole('cell')[1]).toHaveTextContent('–')
    // Each value cell carries its column name for the stacked small-screen layout.
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveAttribute('data-label', 'Windows 11')
  })

  it('renders nothing without a table or rows', () => {
    const { container } = render(
      <>
        <ComparisonTable table={null} />
        <ComparisonTable table={{ ...table, rows: null }} />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
