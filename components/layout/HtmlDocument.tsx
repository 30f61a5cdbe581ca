import { THEME_SCRIPT } from '@/lib/theme-script'

/**
 * The bare document shared by the root layout and the 404 page of unknown addresses (app/global-not-found.tsx),
 * which Next renders without any layout. The inline script sets the reader's saved theme on <html> before the
 * first paint (lib/theme-script.ts); React is told not to mind that attribute when it hydrates.
 */
export function HtmlDocument({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
