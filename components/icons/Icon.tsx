import type { GuideIconName } from '@/lib/guide-icons'

/*
 * The site's one icon set: 24-unit line drawings in the text colour (currentColor), drawn once in the sprite
 * public/icons.svg and referenced from there with <use>, so a page carries one short element per icon instead of
 * its drawing (every byte of markup is paid twice: in the HTML and in the RSC payload). The sprite is a file of this
 * origin (as <use> requires), cached by browsers (next.config.ts); its address is short on purpose: a page
 * repeats it once per icon, twice. Icons are decoration: the text beside them carries the meaning, so they are
 * hidden from assistive technology.
 */

/** The icons of the site's own interface (the guide icons editors pick are in lib/guide-icons.ts). */
export const UI_ICONS = [
  'news',
  'help',
  'info',
  'insight',
  'example',
  'opinion',
  'tip',
  'warning',
  'link',
  'menu',
  'close',
  'sun',
  'moon',
  'search',
  'clock',
  'arrow-right',
  'chevron-down',
  'external',
  'check',
  'cross',
  'list',
  'person',
] as const

/** Every symbol of the sprite but the site mark (a unit test keeps the two lists equal). */
export type IconName = GuideIconName | (typeof UI_ICONS)[number]

/** The drawn sizes in px; CSS sets them (.icon is 20 px, .icon-16 ... the others), so no width/height per icon. */
export type IconSize = 16 | 18 | 20 | 24

export const SPRITE_URL = '/icons.svg'

export function Icon({ name, className, size = 20 }: { name: IconName; className?: string; size?: IconSize }) {
  const classes = ['icon', size === 20 ? null : `icon-${size}`, className].filter(Boolean).join(' ')
  return (
    <svg className={classes} aria-hidden="true">
      <use href={`${SPRITE_URL}#${name}`} />
    </svg>
  )
}

/** The site mark: the number 12 on a rounded tile in the brand colour. Decorative; the site name sits beside it. */
export function SiteMark({ small = false }: { small?: boolean }) {
  return (
    <svg className={small ? 'site-mark site-mark-small' : 'site-mark'} aria-hidden="true">
      <use href={`${SPRITE_URL}#mark`} />
    </svg>
  )
}
