import { defineArrayMember, defineField, defineType, getPublishedId, type Reference } from 'sanity'
import { daysSince, REVIEW_NOTICE_DAYS, REVIEW_WARNING_DAYS } from '../../../lib/review'
import { RESERVED_FIRST_SEGMENTS } from '../../../lib/routes'
import { sourcesField } from '../objects/source'
import { bylineField } from '../objects/byline'
import { documentPath } from '../../../lib/urls'
import { filledIn, pageTitleField, slugField, TOP_LEVEL_TYPES } from '../rules'

/** What is wrong with a review date on `now`: a day to come (error), or too long ago (warning); undefined when fine. */
export function reviewDateProblem(value: unknown, now: Date): { level: 'error' | 'warning'; message: string } | undefined {
  if (typeof value !== 'string') return undefined
  const days = daysSince(value, now)
  if (days === null) return undefined
  if (days < 0) return { level: 'error', message: 'This day has not come yet. Use the day you actually checked the claims.' }
  if (days > REVIEW_WARNING_DAYS) {
    return {
      level: 'warning',
      message: `Reviewed ${days} days ago. Check the claims against the sources, then set today's date. After ${REVIEW_NOTICE_DAYS} days readers are told that details may have changed.`,
    }
  }
  return undefined
}

/** One custom rule per level, because a Sanity rule has one level: each reports only its own kind of problem. */
const reviewDateRule = (level: 'error' | 'warning') => (value: unknown) => {
  const problem = reviewDateProblem(value, new Date())
  return problem?.level === level ? problem.message : true
}

/** A change-log summary is one line readers can scan. */
export const UPDATE_SUMMARY_MAX = 160

/** First path segments the site itself uses (lib/routes): a guide or page at one of these addresses could never be reached. */
export const RESERVED_GUIDE_SLUGS = RESERVED_FIRST_SEGMENTS

export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  fields: [
    pageTitleField('guide'),
    defineField({ name: 'shortTitle', title: 'Navigation label', type: 'string', description: 'Short label for menus, e.g. "Release date".' }),
    slugField({ routeType: 'guide', reserved: RESERVED_GUIDE_SLUGS, uniqueAcross: TOP_LEVEL_TYPES }),
    defineField({
      name: 'order',
      title: 'Order on the hub',
      type: 'number',
      description: 'Lower numbers come first on the hub. Steps of 10 leave room to insert a guide later.',
      validation: (rule) => rule.integer().min(0).error('Use a whole number of 0 or more.'),
    }),
    defineField({ name: 'seo', type: 'seo' }),
    defineField({
      name: 'hubSummary',
      title: 'Summary on the hub',
      type: 'simpleRichText',
      description: 'One or two sentences shown under this guide on the hub.',
      validation: (rule) => rule.custom(filledIn('Without a summary the hub shows only the title of this guide.')).warning(),
    }),
    defineField({
      name: 'body',
      type: 'richText',
      validation: (rule) => rule.custom(filledIn('The guide has no text yet. Write the body before publishing.')).error(),
    }),
    defineField({
      name: 'related',
      title: 'Related guides',
      type: 'array',
      description: 'Listed at the end of the guide.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }], options: { disableNew: true } })],
      validation: (rule) => [
        rule.unique().error('This guide is listed twice.'),
        rule.custom((related: Reference[] | undefined, context) => {
          const ownId = context.document ? getPublishedId(context.document._id) : undefined
          return related?.some((item) => item._ref === ownId) ? 'A guide cannot be related to itself.' : true
        }),
      ],
    }),
    defineField({
      name: 'reviewedAt',
      title: 'Facts last reviewed',
      type: 'date',
      description: `Shown to readers as "Facts reviewed". Update it whenever you check the claims against the sources. The Studio warns after ${REVIEW_WARNING_DAYS} days; readers see a notice after ${REVIEW_NOTICE_DAYS}.`,
      validation: (rule) => [rule.custom(reviewDateRule('error')).error(), rule.custom(reviewDateRule('warning')).warning()],
    }),
    bylineField('author', 'Author', 'Who wrote this guide; readers see the name beside the date.'),
    bylineField('reviewer', 'Reviewer', 'Who checked the facts on the review date; readers see the name beside it.'),
    sourcesField('Where the facts come from, numbered for readers at the end of the guide. Claims in the text can point to an entry.'),
    defineField({
      name: 'updates',
      title: 'Change log',
      type: 'array',
      description: 'One entry per change readers should know about: the date and one line on what changed. The newest is summarized beside the date.',
      of: [
        defineArrayMember({
          name: 'update',
          title: 'Update',
          type: 'object',
          fields: [
            defineField({
              name: 'date',
              type: 'date',
              validation: (rule) => rule.required().error('Give the date of the change.'),
            }),
            defineField({
              name: 'summary',
              type: 'string',
              description: 'One line on what changed, e.g. "Corrected the Windows 11 preview period to 99 days".',
              validation: (rule) => [
                rule.required().error('Say in one line what changed.'),
                rule.max(UPDATE_SUMMARY_MAX).warning(`Keep it to one line (${UPDATE_SUMMARY_MAX} characters at most); details belong in the guide.`),
              ],
            }),
          ],
          preview: {
            select: { title: 'summary', subtitle: 'date' },
            prepare: ({ title, subtitle }) => ({ title: title || 'No summary yet', subtitle: subtitle || 'No date' }),
          },
        }),
      ],
    }),
  ],
  orderings: [{ title: 'Hub order', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', slug: 'slug.current', order: 'order' },
    prepare: ({ title, slug, order }) => ({
      title: title || 'Untitled guide',
      subtitle: [slug ? documentPath('guide', slug) : 'No slug yet', typeof order === 'number' ? `hub position ${order}` : undefined].filter(Boolean).join(' · '),
    }),
  },
})
