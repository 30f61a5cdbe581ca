import type { GuideIconName } from '@/lib/guide-icons'

/*
 * The site's one icon set: 24-unit line drawings in the text colour (currentColor), inline, so they cost no request
 * and follow the theme. Icons are decoration: the text beside them carries the meaning, so they are hidden from
 * assistive technology.
 */

type UiIconName =
  | 'news'
  | 'help'
  | 'info'
  | 'insight'
  | 'example'
  | 'opinion'
  | 'tip'
  | 'warning'
  | 'link'
  | 'menu'
  | 'close'
  | 'sun'
  | 'moon'
  | 'search'
  | 'clock'
  | 'arrow-right'
  | 'chevron-down'
  | 'external'
  | 'check'
  | 'cross'
  | 'list'
  | 'person'

export type IconName = GuideIconName | UiIconName

const DRAWINGS: Record<IconName, React.ReactNode> = {
  download: <path d="M12 3.5v11M7.5 10.5 12 15l4.5-4.5M4 16.5V20h16v-3.5" />,
  disc: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="2.5" />
      <path d="M12 6.5a5.5 5.5 0 0 1 5.5 5.5" />
    </>
  ),
  usb: (
    <>
      <rect x="7.5" y="9" width="9" height="12" rx="2" />
      <path d="M9.5 9V3.5h5V9M11 6.2h.01M13 6.2h.01" />
    </>
  ),
  install: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8.5 20h7M12 16v4M12 6.5v5.5M9.5 9.5 12 12l2.5-2.5" />
    </>
  ),
  calendar: (
    <>
      <rect x="3.5" y="5" width="17" height="15" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4M8 14h.01M12 14h.01M16 14h.01M8 17h.01M12 17h.01" />
    </>
  ),
  sparkle: <path d="M11 3.5 12.8 8.7 18 10.5l-5.2 1.8L11 17.5l-1.8-5.2L4 10.5l5.2-1.8zM18.5 15v5M16 17.5h5" />,
  chip: (
    <>
      <rect x="6" y="6" width="12" height="12" rx="2" />
      <rect x="9.5" y="9.5" width="5" height="5" rx="0.5" />
      <path d="M9.5 2.5V6M14.5 2.5V6M9.5 18v3.5M14.5 18v3.5M2.5 9.5H6M2.5 14.5H6M18 9.5h3.5M18 14.5h3.5" />
    </>
  ),
  compare: <path d="M12 3.5v17M7.5 20.5h9M5 7h14M12 4.5 5 7l-3 6.5a3 3 0 0 0 6 0L5 7M19 7l-3 6.5a3 3 0 0 0 6 0L19 7" />,
  shield: <path d="M12 3 19.5 6v5.5c0 4.4-3.1 8-7.5 9.5-4.4-1.5-7.5-5.1-7.5-9.5V6zM9 12l2 2 4-4" />,
  book: <path d="M4.5 5.5a2 2 0 0 1 2-2h13v15h-13a2 2 0 0 0-2 2zM4.5 20.5a2 2 0 0 0 2 1h13v-3M8.5 7.5h7" />,
  news: (
    <>
      <rect x="3" y="4" width="14.5" height="16" rx="2" />
      <path d="M17.5 8.5H21V18a2 2 0 0 1-2 2h-1.5M6.5 8h7.5M6.5 12h7.5M6.5 16h4.5" />
    </>
  ),
  help: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.6 9.4a2.5 2.5 0 1 1 3.4 2.4c-.6.3-1 .9-1 1.6v.5M12 17h.01" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5.5M12 7.6h.01" />
    </>
  ),
  insight: <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.7 10.7c.7.6 1.2 1.4 1.2 2.3h5c0-.9.5-1.7 1.2-2.3A6 6 0 0 0 12 3z" />,
  example: <path d="M9 3h6M10 3v6.2L4.9 18a2 2 0 0 0 1.7 3h10.8a2 2 0 0 0 1.7-3L14 9.2V3M7.2 15h9.6" />,
  opinion: <path d="M5 4h14a1.5 1.5 0 0 1 1.5 1.5v9.5a1.5 1.5 0 0 1-1.5 1.5h-8.5L5.5 20.5v-4H5A1.5 1.5 0 0 1 3.5 15V5.5A1.5 1.5 0 0 1 5 4z" />,
  tip: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M8 12.5 10.5 15 16 9.5" />
    </>
  ),
  warning: <path d="M12 3.8 2.8 19.5h18.4zM12 10v4.5M12 17h.01" />,
  link: <path d="M10 14a4 4 0 0 0 5.7 0l3-3A4 4 0 0 0 13 5.3l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />,
  menu: <path d="M4 7h16M4 12h16M4 17h16" />,
  close: <path d="M6 6l12 12M18 6 6 18" />,
  sun: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2.5v2M12 19.5v2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M2.5 12h2M19.5 12h2M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4" />
    </>
  ),
  moon: <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.2 2" />
    </>
  ),
  person: (
    <>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5 20a7 7 0 0 1 14 0" />
    </>
  ),
  'arrow-right': <path d="M5 12h14M13 6l6 6-6 6" />,
  'chevron-down': <path d="m6 9 6 6 6-6" />,
  external: <path d="M14 4h6v6M20 4l-8.5 8.5M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />,
  check: <path d="M5 12.5 9.5 17 19 7.5" />,
  cross: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9 9l6 6M15 9l-6 6" />
    </>
  ),
  list: <path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />,
}

export function Icon({ name, className, size = 20 }: { name: IconName; className?: string; size?: number }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {DRAWINGS[name]}
    </svg>
  )
}

/** The site mark: the number 12 on a rounded tile in the brand colour. Decorative; the site name sits beside it. */
export function SiteMark({ size = 32 }: { size?: number }) {
  return (
    <svg className="site-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="site-mark-tile" />
      <path className="site-mark-glyph" d="M8.2 11.6 11.6 9.4h1.7v13.2h-2.5V12.3l-2.6 1.6zM16.4 13.1c.1-2.4 1.8-3.9 4.3-3.9s4.2 1.5 4.2 3.6c0 1.5-.8 2.6-2.4 4l-2.6 2.3v.1h5.2v2.3h-8.7v-1.9l4.4-4c1.1-1 1.5-1.6 1.5-2.5 0-1-.7-1.6-1.7-1.6s-1.7.7-1.8 1.7z" />
    </svg>
  )
}
