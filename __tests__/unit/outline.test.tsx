import { render, screen, within } from '@testing-library/react'
import { Outline } from '@/components/article/Outline'
import { RichText } from '@/components/portable-text/RichText'
import { headingOutline } from '@/lib/outline'
import { readingMinutes, readingTimeLabel } from '@/lib/reading-time'
import { headingId, slugify } from '@/lib/slugify'

const heading = (key: string, style: string, text: string) => ({
  _type: 'block',
  _key: key,
  style,
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

describe('headingId', () => {
  it('turns heading text into a readable fragment id', () => {
    expect(headingId('Method 1: Microsoft’s Media Creation Tool (expected)')).toBe('method-1-microsofts-media-creation-tool-expected')
    expect(headingId('Why the "late 2025 or early 2026" reports are outdated')).toBe('why-the-late-2025-or-early-2026-reports-are-outdated')
    expect(headingId('GPT and UEFI vs MBR and BIOS')).toBe('gpt-and-uefi-vs-mbr-and-bios')
    expect(headingId('Café déjà vu')).toBe('cafe-deja-vu')
  })

  it('gives "section" for text without letters or digits, and stays short', () => {
    expect(headingId('“…”')).toBe('section')
    expect(headingId('a '.repeat(100)).length).toBeLessThanOrEqual(80)
    expect(headingId('a '.repeat(100))).not.toMatch(/-$/)
  })

  it('is the rule the slug generator uses', () => {
    expect(slugify('What’s new in Windows 12?')).toBe('whats-new-in-windows-12')
  })
})

describe('headingOutline', () => {
  it('lists H2 and H3 headings in order with unique ids, skipping other blocks and empty headings', () => {
    const body = [
      heading('a', 'h2', 'AI integration'),
      heading('b', 'h3', 'What exists today'),
      heading('c', 'normal', 'Not a heading'),
      { _type: 'callout', _key: 'x' },
      heading('d', 'h2', 'Interface'),
      heading('e', 'h3', 'What exists today'),
      heading('f', 'h3', '   '),
      heading('g', 'h4', 'Too deep'),
      heading('h', 'h3', 'What exists today'),
    ]
    expect(headingOutline(body)).toEqual([
      { key: 'a', level: 2, text: 'AI integration', id: 'ai-integration' },
      { key: 'b', level: 3, text: 'What exists today', id: 'what-exists-today' },
      { key: 'd', level: 2, text: 'Interface', id: 'interface' },
      { key: 'e', level: 3, text: 'What exists today', id: 'what-exists-today-2' },
      { key: 'h', level: 3, text: 'What exists today', id: 'what-exists-today-3' },
    ])
  })

  it('keeps clear of ids the page already uses, and of corrupt members', () => {
    expect(headingOutline([heading('a', 'h2', 'Main'), null, 'text', { _type: 'block', style: 'h2' }], ['main'])).toEqual([
      { key: 'a', level: 2, text: 'Main', id: 'main-2' },
    ])
    expect(headingOutline(null)).toEqual([])
  })
})

describe('headings in rich text', () => {
  const body = [heading('a', 'h2', 'Before you start'), heading('b', 'normal', 'Text.'), heading('c', 'h3', 'Back up your files')]

  it('carry the outline ids and a link to themselves that is not part of their name', () => {
    const outline = headingOutline(body)
    render(<RichText value={body} outline={outline} />)
    const h2 = screen.getByRole('heading', { level: 2, name: 'Before you start' })
    expect(h2).toHaveAttribute('id', 'before-you-start')
    expect(h2).toHaveAttribute('tabindex', '-1')
    expect(screen.getByRole('link', { name: 'Link to the section “Before you start”' })).toHaveAttribute('href', '#before-you-start')
    expect(screen.getByRole('heading', { level: 3, name: 'Back up your files' })).toHaveAttribute('id', 'back-up-your-files')
  })

  it('stay plain without an outline (hub summaries, FAQ answers)', () => {
    render(<RichText value={body} />)
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveAttribute('id')
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('are listed by the outline navigation, which links to the same ids', () => {
    const many = [...body, heading('d', 'h2', 'After installing')]
    render(<Outline outline={headingOutline(many)} />)
    // One list for every width: a disclosure that wide screens show open, beside the text.
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    expect(screen.getAllByRole('navigation')).toHaveLength(1)
    expect(nav.querySelector('details > summary')).toHaveTextContent('On this page')
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#before-you-start',
      '#back-up-your-files',
      '#after-installing',
    ])
  })

  it('make no outline when there are fewer than three', () => {
    const { container } = render(<Outline outline={headingOutline(body)} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('reading time', () => {
  it('rounds words at 225 a minute, at least one minute', () => {
    expect(readingMinutes(1000)).toBe(4)
    expect(readingMinutes(1200)).toBe(5)
    expect(readingMinutes(30)).toBe(1)
    expect(readingTimeLabel(1350)).toBe('6 min read')
  })

  it('is unknown without a count', () => {
    expect(readingMinutes(null)).toBeNull()
    expect(readingMinutes(0)).toBeNull()
    expect(readingTimeLabel(Number.NaN)).toBeNull()
  })
})
