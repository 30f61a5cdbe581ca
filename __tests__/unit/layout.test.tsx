import { render, screen, within } from '@testing-library/react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
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
  it('offers every guide in its group, News, FAQ and the PC checker, in the wide and the narrow navigation', () => {
    render(<SiteHeader title="Windows 12 Guide" navigation={navigation} />)
    const navs = screen.getAllByRole('navigation', { name: 'Main' })
    expect(navs).toHaveLength(2)
    for (const nav of navs) {
      expect(within(nav).getAllByRole('link').map((anchor) => anchor.getAttribute('href'))).toEqual(['/guide-1', '/guide-2', '/guide-3', '/news', '/faq', '/can-my-pc-run-windows-12'])
      expect(within(nav).getByText('Get Windows 12')).toBeInTheDocument()
    }
    // Two search forms (bar and phone menu), one displayed at a time, each with its own field.
    expect(screen.getAllByRole('search')).toHaveLength(2)
    expect(document.querySelectorAll('#site-search, #menu-search')).toHaveLength(2)
    // The groups and the phone menu are disclosures: they work without JavaScript.
    expect(document.querySelectorAll('details[data-menu] > summary')).toHaveLength(3)
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('link', { name: 'Windows 12 Guide' })).toHaveAttribute('href', '/')
  })

  it('has a theme toggle driven by the head script, labelled for both themes', () => {
    render(<SiteHeader title="Windows 12 Guide" navigation={[]} />)
    const toggle = screen.getByRole('button', { name: /Switch to/ })
    expect(toggle).toHaveAttribute('data-theme-toggle')
    expect(toggle).toHaveTextContent('Switch to dark theme')
    expect(toggle).toHaveTextContent('Switch to light theme')
    expect(THEME_SCRIPT).toContain('[data-theme-toggle]')
  })
})

describe('SiteFooter', () => {
  it('links the guides, the sections and the site pages, with the disclaimer', () => {
    render(
      <SiteFooter
        title="Windows 12 Guide"
        disclaimer="Not affiliated with Microsoft."
        navigation={navigation}
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
  it('cannot end its script element early, and its CSP hash is of its exact text', async () => {
    expect(THEME_SCRIPT).not.toMatch(/<\/|<!--/i)
    const { themeScriptHash } = await import('@/lib/theme-script')
    expect(themeScriptHash()).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/)
  })
})
