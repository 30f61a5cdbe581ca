import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { render, screen, within } from '@testing-library/react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { chromeData, visibleGroups } from '@/components/layout/navigation'
import { groupGuides, guideIcons } from '@/components/guides/guide-groups'
import { THEME_SCRIPT } from '@/lib/theme-script'

const link = (n: number, icon: string | null = 'download', slug: string | null = `guide-${n}`) => ({
  _key: `l${n}`,
  _ref: `g${n}`,
  icon: icon as 'download',
  title: `Guide ${n}`,
  slug: slug as string,
})
const navigation = [
  { _key: 'a', title: 'Get Windows 12', links: [link(1), link(2, 'usb')] },
  { _key: 'b', title: 'About Windows 12', links: [link(3, 'calendar'), link(4, null, null)] },
]

describe('SiteHeader', () => {
  it('offers every guide in its group, All guides, News, FAQ and the PC checker, in one navigation for every width', () => {
    render(<SiteHeader title="Windows 12 Guide" groups={visibleGroups(navigation)} />)
    // One copy of the markup: CSS lays it out as the wide bar or the phone menu.
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(screen.getAllByRole('navigation')).toHaveLength(1)
    expect(within(nav).getAllByRole('link').map((anchor) => anchor.getAttribute('href'))).toEqual(['/guide-1', '/guide-2', '/guide-3', '/guides', '/news', '/faq', '/can-my-pc-run-windows-12'])
    expect(within(nav).getAllByText('Get Windows 12').length).toBeGreaterThan(0)
    expect(screen.getAllByRole('search')).toHaveLength(1)
    // The phone menu and the groups are disclosures: they work without JavaScript. The groups sit inside the menu.
    expect(document.querySelectorAll('details[data-menu] > summary')).toHaveLength(3)
    expect(document.querySelectorAll('details.site-menu details.nav-group')).toHaveLength(2)
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('link', { name: 'Windows 12 Guide' })).toHaveAttribute('href', '/')
  })

  it('has a theme toggle driven by the head script, labelled for both themes', () => {
    render(<SiteHeader title="Windows 12 Guide" groups={[]} />)
    const toggle = screen.getByRole('button', { name: /Switch to/ })
    expect(toggle).toHaveAttribute('data-theme-toggle')
    expect(toggle).toHaveTextContent('Switch to dark theme')
    expect(toggle).toHaveTextContent('Switch to light theme')
    expect(THEME_SCRIPT).toContain('[data-theme-toggle]')
  })
})

describe('the chrome data', () => {
  it('comes from the site settings, with the fallback title and only groups whose guides exist', () => {
    const chrome = chromeData({ _id: 'siteSettings', title: null, tagline: null, description: null, disclaimer: null, navigation: null, footerLinks: null })
    expect(chrome).toEqual({ title: 'Windows 12 Guide', groups: [], disclaimer: null, footerLinks: null })
    expect(visibleGroups(navigation).map((group) => group.links.map((item) => item.slug))).toEqual([['guide-1', 'guide-2'], ['guide-3']])
  })
})

describe('SiteFooter', () => {
  it('links the guides, the sections and the site pages, with the disclaimer', () => {
    render(
      <SiteFooter
        title="Windows 12 Guide"
        disclaimer="Not affiliated with Microsoft."
        groups={visibleGroups(navigation)}
        pages={[
          { _key: 'p', _ref: 'page-about', title: 'About', slug: 'about' },
          { _key: 'q', _ref: 'page-gone', title: 'Gone', slug: null as unknown as string },
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Footer' })
    expect(within(nav).getAllByRole('link').map((anchor) => anchor.getAttribute('href'))).toEqual(['/guide-1', '/guide-2', '/guide-3', '/guides', '/news', '/faq', '/about'])
    expect(screen.getByText('Not affiliated with Microsoft.')).toBeInTheDocument()
  })
})

describe('guide groups on the hub', () => {
  const guides = [1, 2, 3, 5].map((n) => ({ _id: `g${n}`, title: `Guide ${n}` }))

  it('follow the navigation, with guides in no group last', () => {
    expect(groupGuides(guides, navigation, 'More guides').map((group) => [group.title, group.guides.map((guide) => guide._id)])).toEqual([
      ['Get Windows 12', ['g1', 'g2']],
      ['About Windows 12', ['g3']],
      ['More guides', ['g5']],
    ])
    expect(groupGuides(guides, [], 'All guides')).toEqual([{ key: 'rest', title: 'All guides', guides }])
  })

  it('take the icons editors chose, ignoring unknown ones', () => {
    const icons = guideIcons([{ _key: 'a', title: 'A', links: [link(1, 'usb'), link(2, 'not-an-icon')] }])
    expect([...icons]).toEqual([['g1', 'usb']])
  })
})

describe('the theme script', () => {
  it('cannot end its script element early', () => {
    expect(THEME_SCRIPT).not.toMatch(/<\/|<!--/i)
  })
})

describe('components', () => {
  it('receive their data and read none: no component imports a content reader or a Sanity client', () => {
    const root = path.join(__dirname, '..', '..', 'components')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file))
    expect(files.length).toBeGreaterThan(10)
    const fetching = files.filter((file) => /from '@\/sanity\/lib\/(content|fetch|client)'/.test(readFileSync(path.join(root, file), 'utf8')))
    expect(fetching).toEqual([])
  })
})
