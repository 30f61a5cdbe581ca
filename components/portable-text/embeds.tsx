import type { PortableTextComponents } from '@portabletext/react'
import { ComparisonTable } from '@/components/comparison/ComparisonTable'
import { ReleaseTimeline } from '@/components/release/ReleaseTimeline'
import { RequirementsTable } from '@/components/requirements/RequirementsTable'
import { ContentImage } from './ContentImage'
import { Steps } from './Steps'
import type { ComparisonEmbedValue, ImageValue, RequirementsEmbedValue, StepsValue, TimelineEmbedValue } from './types'

/**
 * The blocks embedded in Portable Text that render the same on the site and in the feeds: steps, the comparison
 * and requirements tables, the release timeline and images. Callouts and links differ between the two, so each
 * renderer (RichText, components/feed/feed-html) adds its own.
 */
export const embedTypes: NonNullable<PortableTextComponents['types']> = {
  steps: ({ value }) => <Steps value={value as StepsValue} />,
  comparisonTableEmbed: ({ value }) => <ComparisonTable table={(value as ComparisonEmbedValue).table} />,
  requirementsEmbed: ({ value }) => <RequirementsTable requirements={(value as RequirementsEmbedValue).requirements} />,
  releaseTimelineEmbed: ({ value }) => {
    const timeline = value as TimelineEmbedValue
    return <ReleaseTimeline heading={timeline.heading} milestones={timeline.milestones} />
  },
  image: ({ value }) => <ContentImage value={value as ImageValue} />,
}
