import { defineField, defineType, getPublishedId, type Reference } from 'sanity'
import { apiVersion } from '../../env.public'
import { formatDate } from '../../../lib/dates'
import { bylineField } from '../objects/byline'
import { claimStatusField, claimStatusTitle } from '../objects/claimStatus'
import { sourcesField } from '../objects/source'
import { filledIn, searchDescriptionRule, slugField } from '../rules'

/**
 * Why `newer` cannot supersede this item, or undefined when it can: only a later item can change the story.
 * Dates are the items' publishedAt values (UTC ISO strings).
 */
export function supersedingProblem(thisPublishedAt: unknown, newerPublishedAt: unknown): string | undefined {
  if (typeof newerPublishedAt !== 'string' || !newerPublishedAt) return 'The chosen item has no publication date yet. Choose an item that is published after this one.'
  if (typeof thisPublishedAt !== 'string' || !thisPublishedAt) return undefined
  if (Date.parse(newerPublishedAt) <= Date.parse(thisPublishedAt)) {
    return `Only a newer item can supersede this one: the chosen item is dated ${formatDate(newerPublishedAt)}, this one ${formatDate(thisPublishedAt)}.`
  }
  return undefined
}

export const newsItem = defineType({
  name: 'newsItem',
  title: 'News item',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'The headline.',
      validation: (rule) => rule.required().error('Give the news item a headline.'),
    }),
    slugField({ routeType: 'newsItem' }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      description: 'The date readers see. A date in the future keeps the item hidden until then.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('Set the publication date: news without a date is never shown on the site.'),
    }),
    claimStatusField('How sure is the news? Confirmed means Microsoft said so.'),
    defineField({
      name: 'excerpt',
      type: 'text',
      rows: 3,
      description: 'Shown in the news list and as the description in search results (50 to 160 characters).',
      validation: (rule) => [rule.custom(filledIn('Without an excerpt the news list shows only the headline.')).warning(), searchDescriptionRule(rule)],
    }),
    defineField({ name: 'body', type: 'richText' }),
    sourcesField('Where the news comes from, numbered for readers under the item. Claims in the text can point to an entry.'),
    bylineField('author', 'Author', 'Who wrote this item; readers see the name beside the date.'),
    defineField({
      name: 'supersededBy',
      title: 'Superseded by',
      type: 'reference',
      to: [{ type: 'newsItem' }],
      description:
        'When later news changed this story, choose the newer item. Readers then see a notice at the top linking to it, and news lists mark this item as superseded.',
      options: {
        disableNew: true,
        // Offer only items published after this one.
        filter: ({ document }) => ({
          filter: 'defined(slug.current) && publishedAt > $publishedAt && !(_id in [$id, $draftId])',
          params: {
            publishedAt: typeof document.publishedAt === 'string' ? document.publishedAt : '',
            id: getPublishedId(document._id),
            draftId: `drafts.${getPublishedId(document._id)}`,
          },
        }),
      },
      validation: (rule) =>
        rule.custom(async (value: Reference | undefined, context) => {
          if (!value?._ref || !context.document) return true
          if (value._ref === getPublishedId(context.document._id)) return 'An item cannot supersede itself. Choose a newer item.'
          const newer = await context.getClient({ apiVersion }).fetch<{ publishedAt?: string } | null>('*[_id == $id][0]{ publishedAt }', { id: value._ref })
          // A missing item is reported by Sanity's own reference check.
          if (!newer) return true
          return supersedingProblem(context.document.publishedAt, newer.publishedAt) ?? true
        }),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', status: 'status', supersededBy: 'supersededBy.title' },
    prepare: ({ title, publishedAt, status, supersededBy }) => {
      const date = typeof publishedAt === 'string' ? publishedAt.slice(0, 10) : undefined
      const scheduled = date !== undefined && Date.parse(publishedAt) > Date.now()
      return {
        title: title || 'Untitled news item',
        subtitle: [
          date ? `${scheduled ? 'Scheduled for ' : ''}${date}` : 'No date',
          claimStatusTitle(status) ?? 'No status',
          supersededBy ? `Superseded by "${supersededBy}"` : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
