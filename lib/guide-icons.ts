/**
 * The icons editors can give a guide in the navigation (siteSettings); the site draws each one in its sprite
 * (public/icons.svg), and a unit test (icons.test.tsx) fails when a value here has no drawing.
 */
export const GUIDE_ICONS = [
  { title: 'Download', value: 'download' },
  { title: 'Disc image', value: 'disc' },
  { title: 'USB drive', value: 'usb' },
  { title: 'Install', value: 'install' },
  { title: 'Calendar', value: 'calendar' },
  { title: 'Sparkle (features)', value: 'sparkle' },
  { title: 'Chip (hardware)', value: 'chip' },
  { title: 'Scales (comparison)', value: 'compare' },
  { title: 'Shield (safety)', value: 'shield' },
  { title: 'Book (general guide)', value: 'book' },
] as const

export type GuideIconName = (typeof GUIDE_ICONS)[number]['value']

/** The icon of a guide with no icon chosen. */
export const DEFAULT_GUIDE_ICON: GuideIconName = 'book'

export function isGuideIcon(value: unknown): value is GuideIconName {
  return GUIDE_ICONS.some((icon) => icon.value === value)
}
