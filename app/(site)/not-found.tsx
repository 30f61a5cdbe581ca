import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/errors/NotFoundContent'
import { notFoundMetadata } from '@/lib/metadata'
import { getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata((await getSiteSettings())?.title)
}

/**
 * The 404 of a reader page whose content is missing (notFound() in a page of this group). The group's layout
 * already draws the header and footer, so only the body is here; unknown addresses get app/global-not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundContent />
}
