import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/errors/NotFoundContent'
import { notFoundMetadata } from '@/lib/metadata'
import { getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata((await getSiteSettings())?.title)
}

/**
 * The 404 of a reader page whose content is missing (notFound() in a page of this group). The group's layout
 * already draws the header and footer, so only the body is here. Having this boundary in the group also keeps
 * every reader page's payload free of a second copy of the site chrome: without it, Next would send the root
 * 404 page (chrome included) with each page as the group's not-found fallback.
 */
export default function NotFound() {
  return <NotFoundContent />
}
