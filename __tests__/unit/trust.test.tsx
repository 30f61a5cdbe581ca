import { render, screen, within } from '@testing-library/react'
import { NewsList } from '@/components/news/NewsList'
import { RichText } from '@/components/portable-text/RichText'
import { ChangeLog } from '@/components/trust/ChangeLog'
import { GuideMeta } from '@/components/trust/GuideMeta'
import { SourcesList } from '@/components/trust/SourcesList'
import { StaleNotice } from '@/components/trust/StaleNotice'
import { SupersededNotice } from '@/components/trust/SupersededNotice'
import { numberSources } from '@/components/trust/sources'

const SOURCES = [
  { _key: 'eos', label: 'Microsoft: Windows 10 end of support', url: 'https://www.microsoft.com/windows/end-of-support', accessedAt: '2026-11-22' },
  { _key: 'bad', label: 'A script', url: 'javascript:alert(1)', accessedAt: null },
  { _key: 'req', label: 'Microsoft Support: Windows 11 system requirements', url: 'https://support.microsoft.com/windows/x', accessedAt: null },
]

/** A paragraph whose middle words are marked with `claim`. */
const claimParagraph = (claim: object, key = 'p') => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [{ _type: 'claim', _key: 'c', ...claim }],
  children: [
    { _type: 'span', _key: 'a', text: 'Reports say ', marks: [] },
    { _type: 'span', _key: 'b', text: 'the taskbar will float', marks: ['c'] },
    { _type: 'span', _key: 'd', text: '.', marks: [] },
  ],
})

describe('sources', () => {
  it('are numbered from 1, leaving out entries whose address cannot be a link', () => {
    expect(numberSources([...SOURCES, null]).map(({ key, number }) => [key, number])).toEqual([
      ['eos', 1],
      ['req', 2],
    ])
  })

  it('render as a numbered list whose entries claims can link to, with the access date', () => {
    render(<SourcesList sources={numberSources(SOURCES)} />)
    const section = screen.getByRole('region', { name: 'Sources' })
    const items = within(section).getAllByRole('listitem')
    expect(within(section).getByRole('list').tagName).toBe('OL')
    expect(items.map((item) => item.id)).toEqual(['source-1', 'source-2'])
    expect(within(items[0]).getByRole('link', { name: 'Microsoft: Windows 10 end of support' })).toHaveAttribute(
      'href',
      'https://www.microsoft.com/windows/end-of-support',
    )
    expect(items[0]).toHaveTextContent('(accessed 22 November 2026)')
    expect(items[1]).not.toHaveTextContent('accessed')
  })

  it('render nothing when there are none', () => {
    const { container } = render(<SourcesList sources={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('claims in rich text', () => {
  it('show the status as a badge after the words, announced before them as “Rumored claim:”', () => {
    const { container } = render(<RichText value={[claimParagraph({ status: 'rumored' })]} />)
    const paragraph = container.querySelector('p')!
    expect(paragraph).toHaveTextContent('Reports say Rumored claim: the taskbar will float Rumored.')
    const badge = within(paragraph).getByText('Rumored', { selector: '.badge' })
    expect(badge).toHaveAttribute('aria-hidden', 'true')
    expect(badge).toHaveClass('badge-rumored')
    expect(within(paragraph).getByText('Rumored claim:', { exact: false })).toHaveClass('visually-hidden')
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('link the badge to the numbered source, so it can be reached by keyboard', () => {
    render(<RichText value={[claimParagraph({ status: 'confirmed', source: 'req' })]} sources={numberSources(SOURCES)} />)
    // jsdom's name computation puts a space before the hidden ", source" that browsers do not; the words are what count.
    expect(screen.getByRole('link', { name: /^Confirmed\s*, source 2$/ })).toHaveAttribute('href', '#source-2')
  })

  it('link claims inside asides too', () => {
    const aside = { _type: 'callout', _key: 'x', kind: 'tip', body: [claimParagraph({ status: 'expected', source: 'eos' })] }
    render(<RichText value={[aside]} sources={numberSources(SOURCES)} />)
    expect(within(screen.getByRole('note')).getByRole('link', { name: /^Expected\s*, source 1$/ })).toHaveAttribute('href', '#source-1')
  })

  it('do not link a source that is not listed (or whose address was refused)', () => {
    render(
      <RichText
        value={[claimParagraph({ status: 'confirmed', source: 'bad' }, 'p1'), claimParagraph({ status: 'confirmed', source: 'gone' }, 'p2')]}
        sources={numberSources(SOURCES)}
      />,
    )
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getAllByText('Confirmed', { selector: '.badge' })).toHaveLength(2)
  })

  it('render as plain text when the status is missing or unknown', () => {
    const { container } = render(<RichText value={[claimParagraph({ status: 'certain' })]} />)
    expect(container.querySelector('p')).toHaveTextContent(/^Reports say the taskbar will float\.$/)
    expect(container.querySelector('.badge')).toBeNull()
  })
})

describe('inline code and keys', () => {
  it('render as <code> and <kbd>', () => {
    const block = {
      _type: 'block',
      _key: 'k',
      style: 'normal',
      markDefs: [],
      children: [
        { _type: 'span', _key: 'a', text: 'Press ', marks: [] },
        { _type: 'span', _key: 'b', text: 'Win+R', marks: ['kbd'] },
        { _type: 'span', _key: 'c', text: ' and run ', marks: [] },
        { _type: 'span', _key: 'd', text: 'tpm.msc', marks: ['code'] },
      ],
    }
    const { container } = render(<RichText value={[block]} />)
    expect(container.querySelector('kbd')).toHaveTextContent('Win+R')
    expect(container.querySelector('code')).toHaveTextContent('tpm.msc')
  })
})

describe('a guide’s metadata line', () => {
  const team = { _id: 'person-editorial-team', name: 'Windows 12 Guide editors' }
  const updates = [
    { _key: 'b', date: '2026-11-22', summary: 'Preview period corrected to 99 days.' },
    { _key: 'a', date: '2026-11-18', summary: 'First published.' },
  ]

  it('names the author and reviewer once when they are the same, and summarizes the latest update', () => {
    const { container } = render(<GuideMeta reviewedAt="2026-11-22" author={team} reviewer={team} updates={updates} />)
    expect(container.querySelector('p')).toHaveTextContent(
      'Written and reviewed by Windows 12 Guide editors · Facts reviewed 22 November 2026 · Updated 22 November 2026: Preview period corrected to 99 days.',
    )
    expect(screen.getAllByText('22 November 2026')[0]).toHaveAttribute('datetime', '2026-11-22T00:00:00.000Z')
  })

  it('names a different reviewer beside the review date', () => {
    const { container } = render(
      <GuideMeta reviewedAt="2026-11-22" author={team} reviewer={{ _id: 'person-jane', name: 'Jane Doe' }} updates={null} />,
    )
    expect(container.querySelector('p')).toHaveTextContent('By Windows 12 Guide editors · Facts reviewed 22 November 2026 by Jane Doe')
  })

  it('is absent when there is nothing to say', () => {
    const { container } = render(<GuideMeta reviewedAt={null} author={null} reviewer={null} updates={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('the change log', () => {
  it('lists dated entries newest first, as given', () => {
    render(
      <ChangeLog
        updates={[
          { _key: 'b', date: '2026-11-22', summary: 'Sources added.' },
          { _key: 'a', date: '2026-11-18', summary: 'First published.' },
          { _key: 'c', date: null, summary: 'Undated, left out.' },
        ]}
      />,
    )
    const log = screen.getByRole('region', { name: 'Change log' })
    expect(within(log).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['22 November 2026: Sources added.', '18 November 2026: First published.'])
  })
})

describe('the staleness notice', () => {
  it('appears only when the review is more than 180 days old on the given day', () => {
    const { rerender, container } = render(<StaleNotice reviewedAt="2026-05-26" now={new Date('2026-11-22T12:00:00Z')} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<StaleNotice reviewedAt="2026-04-10" now={new Date('2026-11-22T12:00:00Z')} />)
    expect(screen.getByRole('note')).toHaveTextContent('Last reviewed 7 months ago; details may have changed.')
  })
})

describe('superseded news', () => {
  const newer = { _ref: 'n2', title: 'Windows 12 misses the rumored window', slug: 'windows-12-misses-window', publishedAt: '2026-04-15T08:00:00Z' }

  it('the item’s page says so and links to the newer item', () => {
    render(<SupersededNotice newer={newer} />)
    const note = screen.getByRole('note')
    expect(note).toHaveTextContent('Superseded. Later news changed this story: Windows 12 misses the rumored window (15 April 2026).')
    expect(within(note).getByRole('link', { name: 'Windows 12 misses the rumored window' })).toHaveAttribute('href', '/news/windows-12-misses-window')
  })

  it('news lists mark it', () => {
    const item = (id: string, supersededBy: typeof newer | null) => ({
      _id: id,
      title: `Item ${id}`,
      slug: id,
      publishedAt: '2025-10-14T08:00:00Z',
      excerpt: null,
      status: 'confirmed' as const,
      supersededBy,
    })
    render(<NewsList items={[item('old', newer), item('current', null)]} />)
    const [old, current] = screen.getAllByRole('article')
    expect(within(old).getByText('Superseded')).toBeInTheDocument()
    // Status and mark are separate words, also for screen readers and in copied text.
    expect(old.querySelector('.news-meta')).toHaveTextContent(/Confirmed Superseded$/)
    expect(within(current).queryByText('Superseded')).toBeNull()
  })
})
