import { PortableText, type PortableTextBlock, type PortableTextBlockComponent, type PortableTextComponentProps, type PortableTextComponents } from '@portabletext/react'
import Link from 'next/link'
import type { OutlineHeading } from '@/lib/outline'
import { ClaimMark } from '@/components/trust/ClaimMark'
import { withClaimSourceNumbers, type NumberedSource } from '@/components/trust/sources'
import { internalLinkPath, safeExternalUrl, sectionHref } from '@/lib/urls'
import { Callout } from './Callout'
import { embedTypes } from './embeds'
import type { CalloutValue } from './types'

/**
 * Renders Portable Text from any query. Links are checked here, at the last step before HTML: an internal link
 * whose guide is gone and an external link that is not http(s) both render as plain text. Unknown block types
 * render nothing instead of failing the page.
 */
const components: PortableTextComponents = {
  types: {
    ...embedTypes,
    callout: ({ value }) => <Callout value={value as CalloutValue} />,
  },
  marks: {
    internalLink: ({ value, children }) => {
      const href = internalLinkPath(value)
      return href ? <Link href={href}>{children}</Link> : <>{children}</>
    },
    link: ({ value, children }) => {
      const href = safeExternalUrl((value as { href?: unknown } | undefined)?.href)
      return href ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <>{children}</>
      )
    },
    claim: ({ value, children }) => {
      const claim = value as { status?: unknown; sourceNumber?: unknown } | undefined
      return (
        <ClaimMark status={claim?.status} sourceNumber={claim?.sourceNumber}>
          {children}
        </ClaimMark>
      )
    },
    code: ({ children }) => <code>{children}</code>,
    kbd: ({ children }) => <kbd>{children}</kbd>,
  },
  unknownType: () => null,
  unknownMark: ({ children }) => <>{children}</>,
}

/**
 * A heading of the page's outline: its id (lib/outline.ts), focusable by script and by following a link to it
 * (tabIndex -1, so keyboard users continue from the section they jumped to), and a link to itself for sharing,
 * shown on hover and focus. The link sits beside the heading, not in it, so the heading's name stays its text.
 */
function anchoredHeading(level: 'h2' | 'h3', ids: Map<string, OutlineHeading>): PortableTextBlockComponent {
  const Heading = level
  function AnchoredHeading({ value, children }: PortableTextComponentProps<PortableTextBlock>) {
    const heading = value._key ? ids.get(value._key) : undefined
    if (!heading) return <Heading>{children}</Heading>
    return (
      <div className={`heading-anchored heading-anchored-${level}`}>
        <Heading id={heading.id} tabIndex={-1}>
          {children}
        </Heading>
        {/*
         * The link icon comes from the stylesheet (.heading-anchor::before): one drawing for every heading. Its name
         * is an attribute rather than a hidden element: a guide has a dozen anchors, each paid twice (HTML and RSC).
         */}
        <a className="heading-anchor" href={sectionHref(heading.id)} aria-label={`Link to the section “${heading.text}”`} />
      </div>
    )
  }
  return AnchoredHeading
}

type RichTextProps = {
  /** Any Portable Text array a query returned; null and undefined render nothing. */
  value: readonly unknown[] | null | undefined
  /** The page's numbered sources: claims that point to one link to it. */
  sources?: readonly NumberedSource[]
  /** The outline of this body (lib/outline.ts): its headings get their ids and anchor links. */
  outline?: readonly OutlineHeading[]
}

export function RichText({ value, sources = [], outline }: RichTextProps) {
  if (!value || value.length === 0) return null
  // Members without a _type (corrupt data) are dropped: they can carry nothing a reader could use.
  const blocks = withClaimSourceNumbers(value, sources).filter(
    (member): member is PortableTextBlock => typeof member === 'object' && member !== null && '_type' in member,
  )
  const ids = new Map((outline ?? []).map((heading) => [heading.key, heading]))
  const withAnchors: PortableTextComponents =
    ids.size > 0 ? { ...components, block: { ...(components.block as object), h2: anchoredHeading('h2', ids), h3: anchoredHeading('h3', ids) } } : components
  return <PortableText value={blocks} components={withAnchors} onMissingComponent={false} />
}
