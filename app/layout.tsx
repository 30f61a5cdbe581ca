import type { Metadata, Viewport } from 'next'
import { HtmlDocument } from '@/components/layout/HtmlDocument'
import { feedAlternateTypes } from '@/lib/metadata'
import { siteUrl } from '@/lib/site-config'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  // The news feeds, announced on every page; pages repeat this through pageMetadata (lib/metadata) when they set a canonical.
  alternates: { types: feedAlternateTypes },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // The browser UI follows the page background of each theme.
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#10141a' },
  ],
}

/** The bare document. Site chrome lives in app/(site)/layout.tsx so the Studio can render without it. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <HtmlDocument>{children}</HtmlDocument>
}
