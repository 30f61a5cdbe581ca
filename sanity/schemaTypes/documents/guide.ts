import { defineArrayMember, defineField, defineType, getPublishedId, type Reference } from 'sanity'
import { filledIn, slugField, TOP_LEVEL_TYPES } from '../rules'

/** First path segments the site itself uses: a guide or page at one of these addresses could never be reached. */
export const RESERVED_GUIDE_SLUGS = ['news', 'faq', 'studio', 'api', 'search'] as const

export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'The heading of the page and, unless overridden under "Search engines", its title in search results.',
      validation: (rule) => rule.required().error('Give the guide a title: it is the page heading.'),
    }),
    defineField({ name: 'shortTitle', title: 'Navigation label', type: 'string', description: 'Short label for menus, e.g. "Release date".' }),
    slugField({ pathPrefix: '/', reserved: RESERVED_GUIDE_SLUGS, uniqueAcross: TOP_LEVEL_TYPES }),
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
      description: 'Shown to readers as "Facts reviewed". Update it whenever you check the claims against the sources.',
    }),
  ],
  orderings: [{ title: 'Hub order', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', slug: 'slug.current', order: 'order' },
    prepare: ({ title, slug, order }) => ({
      title: title || 'Untitled guide',
      subtitle: [slug ? `/${slug}` : 'No slug yet', typeof order === 'number' ? `hub position ${order}` : undefined].filter(Boolean).join(' · '),
    }),
  },
})
