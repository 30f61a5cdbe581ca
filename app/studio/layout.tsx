import type { Metadata, Viewport } from 'next'
import { metadata as studioMetadata, viewport as studioViewport } from 'next-sanity/studio'

/*
 * The Studio's segment: no site chrome (that lives in app/(site)/layout.tsx), next-sanity's metadata for an
 * embedded Studio (no indexing, same-origin referrer) and its viewport (full screen, including notches).
 */
export const metadata: Metadata = { ...studioMetadata, title: 'Windows 12 Guide Studio' }

export const viewport: Viewport = { ...studioViewport }

export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return children
}
