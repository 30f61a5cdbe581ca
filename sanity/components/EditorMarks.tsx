import type { ReactNode } from 'react'
import type { BlockDecoratorProps } from 'sanity'

/** How a keyboard key looks while editing, so editors see the mark they applied. */
export function KeyboardKeyDecorator(props: BlockDecoratorProps) {
  return <kbd style={{ fontFamily: 'inherit', border: '1px solid currentColor', borderRadius: 3, padding: '0 0.25em' }}>{props.children}</kbd>
}

/** A toolbar icon drawn like Sanity's own: a 25-unit line drawing in the text colour. */
function ToolbarIcon({ children }: { children: ReactNode }) {
  return (
    <svg width="1em" height="1em" viewBox="0 0 25 25" fill="none" stroke="currentColor" strokeWidth={1.2} aria-hidden="true">
      {children}
    </svg>
  )
}

export function KeyboardKeyIcon() {
  return (
    <ToolbarIcon>
      <rect x="3.5" y="7.5" width="18" height="11" rx="2" />
      <path d="M7 11h1M10 11h1M13 11h1M16 11h2M8 15h9" />
    </ToolbarIcon>
  )
}

export function ClaimIcon() {
  return (
    <ToolbarIcon>
      <rect x="4.5" y="8.5" width="16" height="8" rx="4" />
      <path d="M9 12.5h7" />
    </ToolbarIcon>
  )
}
