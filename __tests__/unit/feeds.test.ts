/**
 * @jest-environment node
 */
import { XMLParser } from 'fast-xml-parser'
import { renderFeedHtml } from '@/components/feed/feed-html'
import { feedEntries, newsJsonFeed, newsRss, type NewsFeedEntry, type NewsFeedInput } from '@/lib/feeds'

const NOW = new Date('2026-11-22T12:00:00Z')

const entry = (n: number, publishedAt: string, extra: Partial<NewsFeedEntry> = {}): NewsFeedEntry => ({
  id: `news-${n}`,
  title: `News ${n}`,
  url: `https://guide.example/news/news-${n}`,
  publishedAt,
  modifiedAt: publishedAt,
  summary: `Summary ${n}`,
  status: 'expected',
  contentHtml: `<p>Body ${n}</p>`,
  ...extra,
})

const input = (entries: NewsFeedEntry[], limit = 30): NewsFeedInput => ({
  siteName: 'Windows 12 Guide',
  description: 'Dated Windows 12 news.',
  homeUrl: 'https://guide.example/news',
  rssUrl: 'https://guide.example/news/feed.xml',
  jsonUrl: 'https://guide.example/news/feed.json',
  entries,
  limit,
  now: NOW,
})

type RssItem = { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; pubDate: string; description?: string; category?: string; 'content:encoded': string }
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' })
function parseRss(xml: string) {
  const parsed = parser.parse(xml) as { rss: { '@_version': string; channel: { title: string; link: string; item?: RssItem[] } } }
  return { version: parsed.rss['@_version'], channel: parsed.rss.channel, items: parsed.rss.channel.item ?? [] }
}

describe('feedEntries', () => {
  it('keeps due items only, newest first, at most the limit', () => {
    const entries = [
      entry(1, '2025-01-01T00:00:00Z'),
      entry(2, '2026-11-23T00:00:00Z'), // scheduled: tomorrow
      entry(3, '2026-11-20T00:00:00Z'),
      entry(4, 'not a date'),
      entry(5, '2026-01-01T00:00:00Z'),
    ]
    expect(feedEntries(entries, 30, NOW).map((item) => item.id)).toEqual(['news-3', 'news-5', 'news-1'])
    expect(feedEntries(entries, 2, NOW).map((item) => item.id)).toEqual(['news-3', 'news-5'])
  })
})

describe('newsRss', () => {
  it('writes RSS 2.0 with title, absolute link, GUID, date, summary, status category and full body', () => {
    const entries = Array.from({ length: 35 }, (_, index) => entry(index + 1, new Date(Date.UTC(2026, 0, 1 + index)).toISOString()))
    const { version, channel, items } = parseRss(newsRss(input([...entries, entry(99, '2026-12-01T00:00:00Z')])))
    expect(version).toBe('2.0')
    expect(channel.title).toBe('Windows 12 Guide: news')
    expect(channel.link).toBe('https://guide.example/news')
    expect(items).toHaveLength(30)
    expect(items[0]).toMatchObject({
      title: 'News 35',
      link: 'https://guide.example/news/news-35',
      guid: { '#text': 'news-35', '@_isPermaLink': 'false' },
      pubDate: 'Wed, 04 Feb 2026 00:00:00 GMT',
      description: 'Summary 35',
      category: 'Expected',
      'content:encoded': '<p>Body 35</p>',
    })
    const dates = items.map((item) => Date.parse(item.pubDate))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(items.map((item) => item.title)).not.toContain('News 99')
  })

  it('stays well-formed XML and inert with hostile titles and summaries', () => {
    const hostile = entry(1, '2026-11-01T00:00:00Z', {
      title: '</title><script>alert(1)</script> ]]> and ]]> again\u0001',
      summary: '<img src=x onerror=alert(1)> & more',
      status: 'not-a-status',
    })
    const xml = newsRss(input([hostile]))
    const [item] = parseRss(xml).items
    // RSS readers may read titles as HTML: markup arrives escaped, so it shows as text.
    expect(item.title).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; and ]]&gt; again')
    expect(item.description).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; more')
    expect(item.category).toBeUndefined()
    expect(xml).not.toMatch(/<script/i)
  })
})

describe('superseded items and bylines in both feeds', () => {
  const superseded = entry(1, '2026-10-01T08:00:00Z', {
    author: 'Windows 12 Guide editors',
    supersededBy: { title: 'Windows 12 misses the <window>', url: 'https://guide.example/news/later' },
  })
  const current = entry(2, '2026-11-01T08:00:00Z', { supersededBy: null })

  it('marks a superseded entry with a category and a notice linking the newer item; others stay unmarked', () => {
    const rss = parseRss(newsRss(input([superseded, current]))).items
    expect(rss.map((item) => item.category)).toEqual(['Expected', ['Expected', 'Superseded']])
    expect(rss[1]['content:encoded']).toBe(
      '<p><strong>Superseded.</strong> Later news changed this story: <a href="https://guide.example/news/later">Windows 12 misses the &lt;window&gt;</a>.</p><p>Body 1</p>',
    )
    expect(rss[0]['content:encoded']).toBe('<p>Body 2</p>')
    const json = JSON.parse(newsJsonFeed(input([superseded, current])))
    expect(json.items.map((item: { tags: string[] }) => item.tags)).toEqual([['Expected'], ['Expected', 'Superseded']])
    expect(json.items[1].content_html).toMatch(/^<p><strong>Superseded\.<\/strong>/)
    expect(json.items[1].authors).toEqual([{ name: 'Windows 12 Guide editors' }])
    expect(json.items[0].authors).toBeUndefined()
  })

  it('never links a newer item whose address is not http(s)', () => {
    const hostile = entry(1, '2026-10-01T08:00:00Z', { supersededBy: { title: 'x', url: 'javascript:alert(1)' } })
    expect(parseRss(newsRss(input([hostile]))).items[0]['content:encoded']).toBe('<p>Body 1</p>')
  })
})

describe('newsJsonFeed', () => {
  it('writes JSON Feed 1.1 with plain-text titles and summaries, HTML bodies, dates and tags', () => {
    const feed = JSON.parse(
      newsJsonFeed(
        input([
          entry(1, '2026-10-01T08:00:00Z', { modifiedAt: '2026-11-20T09:00:00Z', title: 'Copilot & <NPU>' }),
          entry(2, '2026-11-01T08:00:00Z', { status: 'confirmed', modifiedAt: '2027-01-01T00:00:00Z' }),
        ]),
      ),
    )
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed).toMatchObject({
      title: 'Windows 12 Guide: news',
      home_page_url: 'https://guide.example/news',
      feed_url: 'https://guide.example/news/feed.json',
      language: 'en',
      authors: [{ name: 'Windows 12 Guide', url: 'https://guide.example/news' }],
    })
    expect(feed.author).toBeUndefined()
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(['news-2', 'news-1'])
    expect(feed.items[1]).toEqual({
      id: 'news-1',
      url: 'https://guide.example/news/news-1',
      title: 'Copilot & <NPU>',
      summary: 'Summary 1',
      content_html: '<p>Body 1</p>',
      date_published: '2026-10-01T08:00:00.000Z',
      date_modified: '2026-11-20T09:00:00.000Z',
      tags: ['Expected'],
    })
    // An edit dated in the future is not believed: the item counts as modified when it was published.
    expect(feed.items[0].date_modified).toBe('2026-11-01T08:00:00.000Z')
    expect(feed.items[0].tags).toEqual(['Confirmed'])
  })
})

describe('renderFeedHtml', () => {
  it('renders a body with absolute internal links, safe external links and nothing executable', async () => {
    const html = await renderFeedHtml([
      {
        _type: 'block',
        _key: 'a',
        style: 'normal',
        markDefs: [
          { _type: 'internalLink', _key: 'i', type: 'guide', slug: 'windows-12-release-date' },
          { _type: 'link', _key: 'e', href: 'https://www.microsoft.com/' },
          { _type: 'link', _key: 'j', href: 'javascript:alert(1)' },
        ],
        children: [
          { _type: 'span', _key: '1', text: 'See the ', marks: [] },
          { _type: 'span', _key: '2', text: 'release guide', marks: ['i'] },
          { _type: 'span', _key: '3', text: ', ', marks: [] },
          { _type: 'span', _key: '4', text: 'Microsoft', marks: ['e'] },
          { _type: 'span', _key: '5', text: ' and <script>alert(2)</script> ', marks: [] },
          { _type: 'span', _key: '6', text: 'a trap', marks: ['j'] },
        ],
      },
      { _type: 'steps', _key: 's', title: 'Steps', items: [{ _type: 'step', _key: 'x', title: 'Open Settings' }] },
      { _type: 'unknownThing', _key: 'u' },
    ])
    expect(html).toContain('<a href="http://localhost:3000/windows-12-release-date">release guide</a>')
    expect(html).toContain('<a href="https://www.microsoft.com/">Microsoft</a>')
    expect(html).toContain('a trap')
    expect(html).not.toMatch(/javascript:|<script/i)
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(html).toContain('Open Settings')
    expect(await renderFeedHtml(null)).toBe('')
  })
})
