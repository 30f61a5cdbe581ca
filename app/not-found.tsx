import Link from 'next/link'

/** Fallback for URLs outside the (site) group; the site's own 404 with header and footer is in (site). */
export default function GlobalNotFound() {
  return (
    <main id="main" className="site-main not-found">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the Windows 12 Guide home page</Link>
      </p>
    </main>
  )
}
