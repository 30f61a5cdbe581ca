import { FAQ_PATH, faqEntryLocation } from '@/lib/urls'
import { findFaqEntry } from '@/sanity/lib/content'

/**
 * The permalink of one FAQ entry (lib/urls.ts faqEntryPath): a temporary redirect to the page of its section that
 * lists it now, at the entry. Temporary and never stored: the entry moves as editors add and reorder questions.
 * An unknown id never gets here (the proxy answers 404 from the route index); when the index cannot say, the
 * reader is sent to the FAQ overview rather than to an error.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const place = await findFaqEntry(id)
  if (place === null) return new Response('Not found.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  const location = place ? faqEntryLocation(place.section, place.page, id) : FAQ_PATH
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
