import { PortableText, type PortableTextComponents, type PortableTextBlock } from '@portabletext/react'
import Link from 'next/link'
import { ComparisonTable } from '@/components/comparison/ComparisonTable'
import { ReleaseTimeline } from '@/components/release/ReleaseTimeline'
import { RequirementsTable } from '@/components/requirements/RequirementsTable'
import { ClaimMark } from '@/components/trust/ClaimMark'
import { withClaimSourceNumbers, type NumberedSource } from '@/components/trust/sources'
import { safeExternalUrl, safeInternalPath } from '@/lib/urls'
import { Callout } from './Callout'
import { ContentImage } from './ContentImage'
import { Steps } from './Steps'
import type {
  CalloutValue,
  ComparisonEmbedValue,
  ImageValue,
  RequirementsEmbedValue,
  StepsValue,
  TimelineEmbedValue,
} from './types'

/**
 * Renders Portable Text from any query. Links are checked here, at the last step before HTML: an internal link
 * whose guide is gone and an external link that is not http(s) both render as plain text. Unknown block types
 * render nothing instead of failing the page.
 */
const components: PortableTextComponents = {
  types: {
    callout: ({ value }) => <Callout value={value as CalloutValue} />,
    steps: ({ value }) => <Steps value={value as StepsValue} />,
    comparisonTableEmbed: ({ value }) => <ComparisonTable table={(value as ComparisonEmbedValue).table} />,
    requirementsEmbed: ({ value }) => <RequirementsTable requirements={(value as RequirementsEmbedValue).requirements} />,
    releaseTimelineEmbed: ({ value }) => {
      const timeline = value as TimelineEmbedValue
      return <ReleaseTimeline heading={timeline.heading} milestones={timeline.milestones} />
    },
    image: ({ value }) => <ContentImage value={value as ImageValue} />,
  },
  marks: {
    internalLink: ({ value, children }) => {
      const href = safeInternalPath((value as { href?: unknown } | undefined)?.href)
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

type RichTextProps = {
  /** Any Portable Text array a query returned; null and undefined render nothing. */
  value: readonly unknown[] | null | undefined
  /** The page's numbered sources: claims that point to one link to it. */
  sources?: readonly NumberedSource[]
}

export function RichText({ value, sources = [] }: RichTextProps) {
  if (!value || value.length === 0) return null
  // Members without a _type (corrupt data) are dropped: they can carry nothing a reader could use.
  const blocks = withClaimSourceNumbers(value, sources).filter(
    (member): member is PortableTextBlock => typeof member === 'object' && member !== null && '_type' in member,
  )
  return <PortableText value={blocks} components={components} onMissingComponent={false} />
}
