import { render, screen, within } from '@testing-library/react'
import { RichText } from '@/components/portable-text/RichText'

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: `s-${text}`, text, marks })
const block = (text: string, extra: object = {}) => ({ _type: 'block', _key: `b-${text}`, style: 'normal', markDefs: [], children: [span(text)], ...extra })

describe('RichText', () => {
  it('renders each of the five callout kinds with its label and body', () => {
    const kinds = ['insight', 'example', 'opinion', 'tip', 'warning']
    render(
      <RichText
        value={kinds.map((kind) => ({ _type: 'callout', _key: kind, kind, title: `About ${kind}`, body: [block(`Body of ${kind}`)] }))}
      />,
    )
    const asides = screen.getAllByRole('note')
    expect(asides.map((aside) => aside.getAttribute('aria-label'))).toEqual([
      'Practical insight',
      'Example',
      'Opinion',
      'Practical tip',
      'Important note',
    ])
    expect(within(asides[4]).getByText('Body of warning')).toBeInTheDocument()
    expect(within(asides[2]).getByText('About opinion')).toBeInTheDocument()
  })

  it('does not repeat a callout title that only restates its kind', () => {
    render(<RichText value={[{ _type: 'callout', _key: 'w', kind: 'warning', title: 'Important note', body: [block('Check the source.')] }]} />)
    expect(screen.getAllByText(/important note/i)).toHaveLength(1)
  })

  it('renders steps as an ordered list with titles and details', () => {
    render(
      <RichText
        value={[
          {
            _type: 'steps',
            _key: 'st',
            title: 'Make the USB drive',
            items: [
              { _type: 'step', _key: 'a', title: 'Download the ISO', detail: 'Only from Microsoft.' },
              { _type: 'step', _key: 'b', title: 'Write it to the drive' },
            ],
          },
        ]}
      />,
    )
    const list = screen.getByRole('list')
    expect(list.tagName).toBe('OL')
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['Download the ISOOnly from Microsoft.', 'Write it to the drive'])
    expect(screen.getByRole('heading', { name: 'Make the USB drive' })).toBeInTheDocument()
  })

  it('renders the comparison, requirements and timeline embeds from their resolved data', () => {
    render(
      <RichText
        value={[
          {
            _type: 'comparisonTableEmbed',
            _key: 'c',
            table: { title: 'Versus', caption: null, columns: ['Old', 'New'], rows: [{ _key: 'r', feature: 'Speed', values: ['ok', 'fast'], status: 'expected' }] },
          },
          {
            _type: 'requirementsEmbed',
            _key: 'r',
            requirements: {
              title: 'Needs',
              status: 'expected',
              summary: null,
              minimum: { _type: 'requirementSpec', ramGb: 8, tpmVersion: 2 },
              recommended: { _type: 'requirementSpec', ramGb: 16 },
              compatibilityNotes: null,
            },
          },
          {
            _type: 'releaseTimelineEmbed',
            _key: 't',
            milestones: [{ _id: 'm', title: 'Windows 11 released', date: '2021-10-05', window: null, status: 'confirmed', note: null }],
          },
        ]}
      />,
    )
    expect(screen.getByRole('rowheader', { name: 'Speed' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: '8 GB' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: '16 GB or more' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: 'TPM 2.0' })).toBeInTheDocument()
    expect(screen.getByText('Windows 11 released')).toBeInTheDocument()
    expect(screen.getByText('5 October 2021')).toHaveAttribute('datetime', '2021-10-05T00:00:00.000Z')
  })

  it('renders an image with its alt text and caption, and nothing for an image without an asset', () => {
    render(
      <RichText
        value={[
          { _type: 'image', _key: 'i', alt: 'The Windows 11 setup screen', caption: 'Setup', url: 'https://cdn.sanity.io/images/p/d/a.png', dimensions: { width: 800, height: 600 } },
          { _type: 'image', _key: 'j', alt: 'Missing asset', caption: null, url: null, dimensions: null },
        ]}
      />,
    )
    const image = screen.getByRole('img')
    expect(image).toHaveAttribute('alt', 'The Windows 11 setup screen')
    expect(image).toHaveAttribute('width', '800')
    expect(screen.getByText('Setup')).toBeInTheDocument()
    expect(screen.queryByAltText('Missing asset')).toBeNull()
  })

  it('skips an unknown block type and keeps rendering the rest', () => {
    render(<RichText value={[{ _type: 'mysteryWidget', _key: 'x', payload: 42 }, block('Still here')]} />)
    expect(screen.getByText('Still here')).toBeInTheDocument()
  })

  it('links internal and http(s) links, and renders javascript: and broken links as plain text', () => {
    render(
      <RichText
        value={[
          {
            _type: 'block',
            _key: 'links',
            style: 'normal',
            markDefs: [
              { _type: 'internalLink', _key: 'in', type: 'guide', slug: 'windows-12-features' },
              { _type: 'internalLink', _key: 'news', type: 'newsItem', slug: 'windows-10-end-of-support' },
              { _type: 'internalLink', _key: 'gone', type: null, slug: null },
              { _type: 'link', _key: 'ext', href: 'https://www.microsoft.com/software-download/' },
              { _type: 'link', _key: 'js', href: 'javascript:alert(1)' },
            ],
            children: [span('features', ['in']), span(' support ends', ['news']), span(' deleted guide', ['gone']), span(' Microsoft', ['ext']), span(' click me', ['js'])],
          },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'features' })).toHaveAttribute('href', '/windows-12-features')
    expect(screen.getByRole('link', { name: 'support ends' })).toHaveAttribute('href', '/news/windows-10-end-of-support')
    expect(screen.getByRole('link', { name: 'Microsoft' })).toHaveAttribute('href', 'https://www.microsoft.com/software-download/')
    expect(screen.queryByRole('link', { name: /click me/ })).toBeNull()
    expect(screen.queryByRole('link', { name: /deleted guide/ })).toBeNull()
    expect(screen.getByText(/click me/)).toBeInTheDocument()
    expect(screen.getAllByRole('link')).toHaveLength(3)
  })

  it('renders an internal link whose slug or type is not plain as text, never as a path of its own', () => {
    const hostile = [
      { type: 'guide', slug: 'javascript:alert(1)' },
      { type: 'page', slug: '/evil.example' },
      { type: 'guide', slug: '../studio' },
      { type: 'guide', slug: 'a/b' },
      { type: 'guide', slug: ' spaced' },
      { type: 'person', slug: 'a-person' },
      { type: 'guide', slug: 42 },
    ]
    render(
      <RichText
        value={[
          {
            _type: 'block',
            _key: 'hostile',
            style: 'normal',
            markDefs: hostile.map((target, index) => ({ _type: 'internalLink', _key: `h${index}`, ...target })),
            children: hostile.map((_, index) => span(` trap ${index}`, [`h${index}`])),
          },
        ]}
      />,
    )
    expect(screen.queryAllByRole('link')).toEqual([])
    expect(screen.getByText(/trap 0/)).toBeInTheDocument()
  })

  it('renders nothing for missing or corrupt values', () => {
    const { container } = render(
      <>
        <RichText value={null} />
        <RichText value={undefined} />
        <RichText value={[null, 'text', { no: 'type' }]} />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
