import { defineArrayMember, defineField, defineType } from 'sanity'
import { claimStatusField, claimStatusTitle } from '../objects/claimStatus'
import { filledIn, searchDescriptionRule, slugField, webAddressRule } from '../rules'

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
    slugField({ pathPrefix: '/news/' }),
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
    defineField({
      name: 'sources',
      type: 'array',
      description: 'Where the news comes from; readers see these as links under the item.',
      of: [
        defineArrayMember({
          name: 'source',
          type: 'object',
          fields: [
            defineField({
              name: 'label',
              type: 'string',
              description: 'Who published it and what, e.g. "Microsoft: Windows Insider Blog".',
              validation: (rule) => rule.required().error('Name the source; readers see this text as the link.'),
            }),
            defineField({
              name: 'url',
              title: 'URL',
              type: 'url',
              validation: webAddressRule('of the source', { required: true }),
            }),
          ],
          preview: { select: { title: 'label', subtitle: 'url' } },
        }),
      ],
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', status: 'status' },
    prepare: ({ title, publishedAt, status }) => {
      const date = typeof publishedAt === 'string' ? publishedAt.slice(0, 10) : undefined
      const scheduled = date !== undefined && Date.parse(publishedAt) > Date.now()
      return {
        title: title || 'Untitled news item',
        subtitle: [date ? `${scheduled ? 'Scheduled for ' : ''}${date}` : 'No date', claimStatusTitle(status)].filter(Boolean).join(' · '),
      }
    },
  },
})
