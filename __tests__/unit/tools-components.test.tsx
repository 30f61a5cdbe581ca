import { render, screen, within } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { CheckerForm } from '@/components/checker/CheckerForm'
import { CheckerResult } from '@/components/checker/CheckerResult'
import { SearchBox } from '@/components/search/SearchBox'
import { SearchResults } from '@/components/search/SearchResults'
import { checkMachine } from '@/lib/checker/evaluate'
import { readMachine } from '@/lib/checker/read-machine'
import { searchTerms, type SearchResult } from '@/lib/search'

const hostileTitle = '</title><script>alert(1)</script> TPM'
const results: SearchResult[] = [
  {
    _id: 'guide-a',
    _type: 'guide',
    title: 'Requirements guide',
    href: '/windows-12-system-requirements',
    date: '2026-11-18',
    status: null,
    passage: 'Run tpm.msc to read the TPM version <img src=x onerror=alert(1)>.',
  },
  { _id: 'news-a', _type: 'newsItem', title: hostileTitle, href: '/news/news-a', date: '2024-05-21T09:00:00Z', status: 'confirmed', passage: 'TPM <b>news</b>' },
  { _id: 'faq-a', _type: 'faq', title: 'Is TPM needed?', href: '/faq/question/faq-a', date: null, status: null, passage: 'Yes, TPM 2.0.' },
  { _id: 'gone', _type: 'page', title: 'A page without an address', href: null, date: null, status: null, passage: 'TPM' },
]

describe('SearchBox', () => {
  it('is a labelled GET search form to /search with a q field', () => {
    render(<SearchBox id="box" query={'"><script>'} />)
    const form = screen.getByRole('search')
    expect(form).toHaveAttribute('action', '/search')
    expect(form).toHaveAttribute('method', 'get')
    const input = screen.getByRole('searchbox', { name: 'Search the guide' })
    expect(input).toHaveAttribute('name', 'q')
    expect(input).toHaveAttribute('type', 'search')
    expect(input).toHaveValue('"><script>')
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit')
  })
})

describe('SearchResults', () => {
  it('shows the count, each result’s kind, linked title, date and claim status, and marks the matched words', () => {
    render(<SearchResults query="TPM" terms={searchTerms('TPM')} total={13} page={1} pageCount={2} results={results} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('13 results for “TPM” (page 1 of 2)')
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(4)
    expect(within(items[0]).getByRole('link', { name: 'Requirements guide' })).toHaveAttribute('href', '/windows-12-system-requirements')
    expect(items[0]).toHaveTextContent('Guide · Reviewed 18 November 2026')
    expect(within(items[1]).getByRole('link')).toHaveAttribute('href', '/news/news-a')
    expect(items[1]).toHaveTextContent('News · Published 21 May 2024 Confirmed')
    expect(within(items[2]).getByRole('link', { name: 'Is TPM needed?' })).toHaveAttribute('href', '/faq/question/faq-a')
    expect(within(items[3]).queryByRole('link')).toBeNull()
    expect(items[3]).toHaveTextContent('A page without an address')
    // "tpm.msc" starts with the word too, so it is marked as well.
    expect([...items[0].querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['tpm', 'TPM'])
    expect(screen.getByRole('link', { name: 'Next page →' })).toHaveAttribute('href', '/search?q=TPM&page=2')
  })

  it('renders hostile titles and passages as text: no element comes from content', () => {
    const html = renderToStaticMarkup(<SearchResults query={hostileTitle} terms={searchTerms(hostileTitle)} total={3} page={1} pageCount={1} results={results} />)
    expect(html).not.toMatch(/<script|<img|<b>|<\/title>/)
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=<mark>alert</mark>(<mark>1</mark>)&gt;')
    expect(html).toContain('<mark>TPM</mark> &lt;b&gt;news&lt;/b&gt;')
  })

  it('says when a page is past the last one', () => {
    render(<SearchResults query="TPM" terms={searchTerms('TPM')} total={3} page={5} pageCount={1} results={[]} />)
    expect(screen.getByText(/There is no page 5 of these results/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the first page' })).toHaveAttribute('href', '/search?q=TPM')
  })
})

describe('CheckerResult', () => {
  const minimum = { cpuCores: 2, cpu64Bit: true, ramGb: 8, tpmVersion: 2, secureBoot: true }
  const recommended = { ramGb: 16 }

  it('marks the overall verdict and each requirement for machines, with words for people', () => {
    const machine = readMachine({ cores: '4', ram: '8', tpm: '1.2', secureboot: '' })
    const check = checkMachine(machine.amounts, minimum, recommended)
    const { container } = render(<CheckerResult check={check} qualifier="expected " howToCheck={{ tpm: '/guide#how-to-check' }} />)
    const section = container.querySelector('[data-verdict]')
    expect(section).toHaveAttribute('data-verdict', 'below-minimum')
    const lines = Object.fromEntries([...container.querySelectorAll('[data-requirement]')].map((line) => [line.getAttribute('data-requirement'), line.getAttribute('data-result')]))
    expect(lines).toEqual({ cores: 'meets-recommended', x64: 'not-given', ram: 'meets-minimum', tpm: 'below-minimum', secureboot: 'not-given' })
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Result: Below the minimum')
    expect(section).toHaveTextContent('falls short of the expected minimum in one requirement')
    expect(container.querySelector('[data-requirement="tpm"]')).toHaveTextContent('Yours: TPM 1.2 · Minimum: TPM 2.0 · Recommended: same as minimum')
    expect(within(container.querySelector('[data-requirement="tpm"]') as HTMLElement).getByRole('link', { name: /^How to check this\s*: TPM version$/ })).toHaveAttribute(
      'href',
      '/guide#how-to-check',
    )
  })
})

describe('CheckerForm', () => {
  it('shows a bad value again with its message next to the field, tied to the input for screen readers', () => {
    render(<CheckerForm machine={readMachine({ ram: '-4', tpm: 'three' })} />)
    const ram = screen.getByRole('textbox', { name: 'Memory (RAM) in GB' })
    expect(ram).toHaveValue('-4')
    expect(ram).toHaveAttribute('aria-invalid', 'true')
    expect(ram).toHaveAccessibleDescription(expect.stringContaining('Error: Enter a number of 0.5 or more, for example 16.'))
    expect(screen.getByRole('combobox', { name: 'TPM version' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('2 values need fixing')
    expect(screen.getByRole('link', { name: /^TPM version: Choose one of the options/ })).toHaveAttribute('href', '#checker-tpm')
  })

  it('is a GET form to the checker with the documented parameter names', () => {
    const { container } = render(<CheckerForm machine={readMachine({})} />)
    const form = container.querySelector('form')
    expect(form).toHaveAttribute('action', '/can-my-pc-run-windows-12')
    expect(form).toHaveAttribute('method', 'get')
    expect([...container.querySelectorAll('[name]')].map((field) => field.getAttribute('name'))).toEqual([
      'cores',
      'x64',
      'ram',
      'storage',
      'tpm',
      'secureboot',
      'dx12',
      'display',
      'npu',
    ])
  })
})
