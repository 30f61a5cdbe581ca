import { render, screen, within } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Graph } from 'schema-dts'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbTrail } from '@/lib/breadcrumbs'
import { faqJsonLd, guideJsonLd, hubJsonLd, listPageJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/jsonld'
import { faqSectionList, GUIDE_LIST, NEWS_LIST, pagedListTrail } from '@/lib/paged-lists'

const HOSTILE = '</script><script>alert(1)</script>'
const site = { name: 'Windows 12 Guide', description: 'An independent guide.' }

type Node = Record<string, unknown> & { '@type': string }
const nodes = (graph: Graph) => graph['@graph'] as unknown as Node[]
const node = (graph: Graph, type: string) => nodes(graph).find((item) => item['@type'] === type) as Node

describe('serializeJsonLd and <JsonLd>', () => {
  it('keeps a title that tries to close the script element inert, and reads back as the same text', () => {
    const data = newsArticleJsonLd({
      site,
      title: HOSTILE,
      path: '/news/x',
      trail: breadcrumbTrail({ kind: 'newsItem', title: HOSTILE, slug: 'x' }),
    })
    const html = renderToStaticMarkup(<JsonLd data={data} />)
    // One element, opened and closed once: the content never ends it early.
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    expect(html.endsWith('</script>')).toBe(true)
    const json = html.slice(html.indexOf('>') + 1, -'</script>'.length)
    expect(json).not.toMatch(/[<>&]/)
    expect(node(JSON.parse(json), 'NewsArticle').headline).toBe(HOSTILE)
  })

  it('escapes &, U+2028 and U+2029 too, and the browser sees one script whose JSON parses back exactly', () => {
    const title = 'A & B\u2028C\u2029D <!-- E -->'
    const serialized = serializeJsonLd({ '@type': 'Thing', name: title })
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(serialized).name).toBe(title)

    const { container } = render(<JsonLd data={{ '@context': 'https://schema.org', '@type': 'Thing', name: HOSTILE }} />)
    const scripts = container.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json')
    expect(JSON.parse(scripts[0].textContent ?? '').name).toBe(HOSTILE)
  })
})

describe('JSON-LD builders', () => {
  it('describes the hub as a WebSite published by an Organization', () => {
    const graph = hubJsonLd(site)
    expect(graph['@context']).toBe('https://schema.org')
    expect(nodes(graph).map((item) => item['@type'])).toEqual(['WebSite', 'Organization'])
    expect(node(graph, 'WebSite')).toMatchObject({ name: 'Windows 12 Guide', url: 'http://localhost:3000/', description: 'An independent guide.' })
    expect(node(graph, 'WebSite').publisher).toEqual({ '@id': node(graph, 'Organization')['@id'] })
  })

  it('describes a guide as an Article with its breadcrumb trail and one HowTo per steps block', () => {
    const body = [
      { _type: 'block', children: [{ _type: 'span', text: 'Intro' }] },
      { _type: 'steps', title: 'Make the USB drive', items: [{ title: 'Insert the drive', detail: 'Use 8 GB or more.' }, { title: 'Run the tool' }] },
      { _type: 'steps', items: [{ title: 'Restart' }] },
      { _type: 'steps', title: 'Empty', items: [] },
    ]
    const trail = breadcrumbTrail({ kind: 'guide', title: 'Bootable USB', slug: 'create-windows-12-bootable-usb' })
    const graph = guideJsonLd({
      site,
      title: 'Bootable USB',
      description: 'How to make one.',
      path: '/create-windows-12-bootable-usb',
      publishedAt: '2026-11-18T10:00:00.000Z',
      modifiedAt: '2026-11-20T09:00:00.000Z',
      trail,
      body,
    })
    expect(nodes(graph).map((item) => item['@type'])).toEqual(['Article', 'BreadcrumbList', 'HowTo', 'HowTo'])
    expect(node(graph, 'Article')).toMatchObject({
      headline: 'Bootable USB',
      dateModified: '2026-11-20T09:00:00.000Z',
      datePublished: '2026-11-18T10:00:00.000Z',
      url: 'http://localhost:3000/create-windows-12-bootable-usb',
      publisher: { '@type': 'Organization', name: 'Windows 12 Guide' },
    })
    expect(node(graph, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/' },
      { '@type': 'ListItem', position: 2, name: 'Bootable USB', item: 'http://localhost:3000/create-windows-12-bootable-usb' },
    ])
    const [usb, untitled] = nodes(graph).filter((item) => item['@type'] === 'HowTo')
    expect(usb).toMatchObject({
      name: 'Make the USB drive',
      step: [
        { '@type': 'HowToStep', position: 1, name: 'Insert the drive', text: 'Use 8 GB or more.' },
        { '@type': 'HowToStep', position: 2, name: 'Run the tool', text: 'Run the tool' },
      ],
    })
    expect(untitled.name).toBe('Bootable USB')
  })

  it('cuts a headline longer than 110 characters', () => {
    const graph = guideJsonLd({ site, title: 'word '.repeat(40), path: '/g', trail: [] })
    const headline = node(graph, 'Article').headline as string
    expect(headline.length).toBeLessThanOrEqual(110)
    expect(headline.endsWith('…')).toBe(true)
  })

  it('describes a news item as a NewsArticle citing its http(s) sources only', () => {
    const graph = newsArticleJsonLd({
      site,
      title: 'Windows 10 support ends',
      path: '/news/windows-10-end-of-support',
      publishedAt: '2025-10-14T08:00:00.000Z',
      modifiedAt: '2026-11-20T09:00:00.000Z',
      trail: breadcrumbTrail({ kind: 'newsItem', title: 'Windows 10 support ends', slug: 'windows-10-end-of-support' }),
      sources: [
        { label: 'Microsoft: end of support', url: 'https://www.microsoft.com/windows/end-of-support' },
        { label: 'Hostile', url: 'javascript:alert(1)' },
        { label: null, url: 'https://example.com/a' },
      ],
    })
    expect(nodes(graph).map((item) => item['@type'])).toEqual(['NewsArticle', 'BreadcrumbList'])
    expect(node(graph, 'NewsArticle')).toMatchObject({ datePublished: '2025-10-14T08:00:00.000Z', dateModified: '2026-11-20T09:00:00.000Z' })
    // Without a byline the publisher is the author; with one, the named person.
    expect(node(graph, 'NewsArticle').author).toMatchObject({ '@type': 'Organization', name: site.name })
    expect(node(graph, 'NewsArticle').citation).toEqual([
      { '@type': 'CreativeWork', name: 'Microsoft: end of support', url: 'https://www.microsoft.com/windows/end-of-support' },
      { '@type': 'CreativeWork', name: 'https://example.com/a', url: 'https://example.com/a' },
    ])
    expect((node(graph, 'BreadcrumbList').itemListElement as { name: string }[]).map((item) => item.name)).toEqual([
      'Home',
      'News',
      'Windows 10 support ends',
    ])
  })

  it('names the byline as the author of an article', () => {
    const graph = newsArticleJsonLd({
      site,
      title: 'An item',
      path: '/news/an-item',
      trail: breadcrumbTrail({ kind: 'newsItem', title: 'An item', slug: 'an-item' }),
      author: '  Windows 12 Guide   editors ',
    })
    expect(node(graph, 'NewsArticle').author).toEqual({ '@type': 'Person', name: 'Windows 12 Guide editors' })
    expect(node(graph, 'NewsArticle').publisher).toMatchObject({ '@type': 'Organization' })
  })

  it('describes a page of a list as a CollectionPage, with the list and the page number in its trail', () => {
    const graph = listPageJsonLd({
      site,
      title: 'Windows 12 news, page 3',
      path: '/news/page/3',
      trail: pagedListTrail(NEWS_LIST, 3),
    })
    expect(nodes(graph).map((item) => item['@type'])).toEqual(['CollectionPage', 'BreadcrumbList'])
    expect(node(graph, 'CollectionPage')).toMatchObject({ name: 'Windows 12 news, page 3', url: 'http://localhost:3000/news/page/3' })
    expect(node(graph, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/' },
      { '@type': 'ListItem', position: 2, name: 'News', item: 'http://localhost:3000/news' },
      { '@type': 'ListItem', position: 3, name: 'Page 3', item: 'http://localhost:3000/news/page/3' },
    ])
  })

  it('lists every FAQ question with its answer as plain text', () => {
    const graph = faqJsonLd([
      { question: 'Is Windows 12 free?', answer: 'Nobody knows yet.\n\nMicrosoft has not said.' },
      { question: 'Blank answer', answer: '  ' },
    ])
    expect(node(graph, 'FAQPage').mainEntity).toEqual([
      { '@type': 'Question', name: 'Is Windows 12 free?', acceptedAnswer: { '@type': 'Answer', text: 'Nobody knows yet.\n\nMicrosoft has not said.' } },
    ])
  })
})

describe('<Breadcrumbs>', () => {
  it('renders the same trail as the BreadcrumbList: an ordered list, the page itself marked current', () => {
    const trail = breadcrumbTrail({ kind: 'newsItem', title: 'An item', slug: 'an-item' })
    render(<Breadcrumbs trail={trail} />)
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    const items = within(nav).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['Home', 'News', 'An item'])
    expect(nav.querySelector('ol')).not.toBeNull()
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    expect(within(nav).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/news')
    expect(within(nav).getByText('An item')).toHaveAttribute('aria-current', 'page')
    expect(within(nav).queryByRole('link', { name: 'An item' })).toBeNull()
  })
})

describe('<Breadcrumbs> on a list', () => {
  it('names the list on its first page, and links back to it from a later page', () => {
    const { unmount } = render(<Breadcrumbs trail={pagedListTrail(GUIDE_LIST, 1)} />)
    let nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(nav).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Home', 'All guides'])
    expect(within(nav).getByText('All guides')).toHaveAttribute('aria-current', 'page')
    unmount()

    render(<Breadcrumbs trail={pagedListTrail(GUIDE_LIST, 2)} />)
    nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(nav).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Home', 'All guides', 'Page 2'])
    expect(within(nav).getByRole('link', { name: 'All guides' })).toHaveAttribute('href', '/guides')
    expect(within(nav).getByText('Page 2')).toHaveAttribute('aria-current', 'page')
  })

  it('gives a later page of an FAQ section its number, linking back to the section', () => {
    const section = faqSectionList({ slug: 'availability', heading: 'Availability and release' })
    render(<Breadcrumbs trail={pagedListTrail(section, 3)} />)
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(nav).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Home', 'FAQ', 'Availability and release', 'Page 3'])
    expect(within(nav).getByRole('link', { name: 'Availability and release' })).toHaveAttribute('href', '/faq/availability')
    expect(within(nav).getByText('Page 3')).toHaveAttribute('aria-current', 'page')
  })
})
