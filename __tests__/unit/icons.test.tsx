import { readFileSync } from 'node:fs'
import path from 'node:path'
import { render } from '@testing-library/react'
import { Icon, SiteMark, SPRITE_URL, UI_ICONS } from '@/components/icons/Icon'
import { GUIDE_ICONS } from '@/lib/guide-icons'

const sprite = readFileSync(path.join(__dirname, '..', '..', 'public', 'icons.svg'), 'utf8')
const symbolIds = [...sprite.matchAll(/<symbol id="([^"]+)"/g)].map((match) => match[1])

describe('the icon sprite', () => {
  it('draws every icon the site names (the guide icons editors pick, the interface icons) and the site mark', () => {
    const named = [...GUIDE_ICONS.map((icon) => icon.value), ...UI_ICONS, 'mark']
    expect([...symbolIds].sort()).toEqual([...named].sort())
    expect(new Set(symbolIds).size).toBe(symbolIds.length)
  })

  it('draws in the text colour, so icons follow the theme', () => {
    for (const symbol of sprite.match(/<symbol [^>]*viewBox="0 0 24 24"[^>]*>/g) ?? []) expect(symbol).toContain('stroke="currentColor"')
  })
})

describe('Icon', () => {
  it('references its drawing in the sprite instead of carrying it, hidden from assistive technology', () => {
    const { container } = render(
      <p>
        <Icon name="clock" size={16} /> 5 min read <SiteMark />
      </p>,
    )
    const [clock, mark] = container.querySelectorAll('svg')
    expect(clock).toHaveAttribute('aria-hidden', 'true')
    expect(clock).toHaveClass('icon', 'icon-16')
    expect(clock.querySelector('use')).toHaveAttribute('href', `${SPRITE_URL}#clock`)
    expect(mark.querySelector('use')).toHaveAttribute('href', `${SPRITE_URL}#mark`)
    expect(container.querySelectorAll('path, circle, rect')).toHaveLength(0)
  })
})
