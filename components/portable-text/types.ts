import type { GUIDE_QUERY_RESULT } from '@/sanity.types'

/** Portable Text as the queries return it (links resolved, embeds dereferenced). */
export type BodyValue = NonNullable<NonNullable<GUIDE_QUERY_RESULT>['body']>
export type BodyMember = BodyValue[number]
export type CalloutValue = Extract<BodyMember, { _type: 'callout' }>
export type StepsValue = Extract<BodyMember, { _type: 'steps' }>
export type ComparisonEmbedValue = Extract<BodyMember, { _type: 'comparisonTableEmbed' }>
export type RequirementsEmbedValue = Extract<BodyMember, { _type: 'requirementsEmbed' }>
export type TimelineEmbedValue = Extract<BodyMember, { _type: 'releaseTimelineEmbed' }>
export type ImageValue = Extract<BodyMember, { _type: 'image' }>
