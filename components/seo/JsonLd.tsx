import type { Graph, Thing, WithContext } from 'schema-dts'
import { serializeJsonLd } from '@/lib/jsonld'

/** A page's structured data: one script element, escaped so no content can end it early (see serializeJsonLd). */
export function JsonLd({ data }: { data: Graph | WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
