import Link from 'next/link'
import { HOME_PATH } from '@/lib/urls'

/**
 * The root layout's not-found fallback. Every page's RSC payload carries it (without this file, Next's default 404
 * with its inline styles, about 1.3 kB on every page), yet readers never see it: unknown addresses get
 * app/global-not-found.tsx and reader pages app/(site)/not-found.tsx. Only a notFound() outside the reader pages
 * (the Studio's route) would land here, so it stays a single line.
 */
export default function NotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <Link href={HOME_PATH}>Windows 12 Guide home</Link>
    </main>
  )
}
