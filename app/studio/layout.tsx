import type { Metadata, Viewport } from 'next'

/*
 * The Studio's segment: no site chrome (that lives in app/(site)/layout.tsx), never indexed, a same-origin
 * referrer (the Studio's requests carry no path to other sites), and a full-screen viewport, notches included.
 * Written out rather than imported from next-sanity/studio: that module also brings the Studio itself into the
 * route, which a build without a Sanity project leaves out (see next.config.ts).
 */
export const metadata: Metadata = { title: 'Windows 12 Guide Studio', referrer: 'same-origin', robots: 'noindex' }

export const viewport: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover' }

export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return children
}
