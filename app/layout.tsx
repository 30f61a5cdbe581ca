import type { Metadata, Viewport } from 'next'
import { feedAlternateTypes } from '@/lib/metadata'
import { siteUrl } from '@/lib/site-config'
import { THEME_SCRIPT } from '@/lib/theme-script'
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

/**
 * The bare document. Site chrome lives in app/(site)/layout.tsx so the Studio can render without it.
 * The inline script sets the reader's saved theme on <html> before the first paint (lib/theme-script.ts); React
 * is told not to mind that attribute when it hydrates.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
