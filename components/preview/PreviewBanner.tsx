'use client'
import { usePathname } from 'next/navigation'

/**
 * Shown on every page while draft mode is on, so an editor always knows that unpublished changes are visible and
 * can leave. A client component only to know the current path, which the exit link returns to.
 */
export function PreviewBanner() {
  const pathname = usePathname() || '/'
  return (
    <div className="preview-banner" role="status">
      <strong>Draft preview</strong>: this page shows unpublished changes.{' '}
      <a href={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`}>Exit preview</a>
    </div>
  )
}
