import Link from 'next/link'

const DEFAULT_DISCLAIMER =
  'This site is an independent publication and is not affiliated with, endorsed by or sponsored by Microsoft.'

export function SiteFooter({ title, disclaimer }: { title: string; disclaimer: string | null | undefined }) {
  return (
    <footer className="site-footer">
      <p className="disclaimer">{disclaimer || DEFAULT_DISCLAIMER}</p>
      <nav aria-label="Footer">
        <Link href="/">{title}</Link> · <Link href="/news">News</Link> · <Link href="/faq">FAQ</Link>
      </nav>
    </footer>
  )
}
