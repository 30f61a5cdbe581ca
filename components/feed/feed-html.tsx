import { PortableText, type PortableTextBlock, type PortableTextComponents } from '@portabletext/react'
import { embedTypes } from '@/components/portable-text/embeds'
import type { CalloutValue } from '@/components/portable-text/types'
import { absoluteUrl } from '@/lib/absolute-url'
import { internalLinkPath, safeExternalUrl } from '@/lib/urls'
import { CALLOUT_KIND_LABELS, isCalloutKind } from '@/lib/vocabulary'

/**
 * A news body as HTML for feed readers. Feed readers show the HTML outside the site, so every link is absolute
 * (internal ones on SITE_URL), links that are not http(s) become plain text, and React escapes all text: nothing in
 * the result can run. Embedded tables, steps and images reuse the site's own (static) components.
 */

const asBlocks = (value: readonly unknown[] | null | undefined): PortableTextBlock[] =>
  (value ?? []).filter((member): member is PortableTextBlock => typeof member === 'object' && member !== null && '_type' in member)

function FeedCallout({ value }: { value: CalloutValue }) {
  const label = CALLOUT_KIND_LABELS[isCalloutKind(value.kind) ? value.kind : 'insight']
  const title = value.title && value.title.trim().toLowerCase() !== label.toLowerCase() ? value.title : null
  return (
    <blockquote>
      <p>
        <strong>{title ? `${label}: ${title}` : label}</strong>
      </p>
      <PortableText value={asBlocks(value.body)} components={components} onMissingComponent={false} />
    </blockquote>
  )
}

const components: PortableTextComponents = {
  types: {
    ...embedTypes,
    callout: ({ value }) => <FeedCallout value={value as CalloutValue} />,
  },
  marks: {
    internalLink: ({ value, children }) => {
      const path = internalLinkPath(value)
      return path ? <a href={absoluteUrl(path)}>{children}</a> : <>{children}</>
    },
    link: ({ value, children }) => {
      const href = safeExternalUrl((value as { href?: unknown } | undefined)?.href)
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
    kbd: ({ children }) => <kbd>{children}</kbd>,
  },
  unknownType: () => null,
  unknownMark: ({ children }) => <>{children}</>,
}

/**
 * The body rendered to static HTML ('' for an empty body). react-dom/server is loaded when called: Next refuses a
 * static import of it from a route handler's module graph, which it treats like a server component's.
 */
export async function renderFeedHtml(body: readonly unknown[] | null | undefined): Promise<string> {
  const blocks = asBlocks(body)
  if (blocks.length === 0) return ''
  const { renderToStaticMarkup } = await import('react-dom/server')
  return renderToStaticMarkup(<PortableText value={blocks} components={components} onMissingComponent={false} />)
}
