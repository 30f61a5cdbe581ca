import { defineField, defineType } from 'sanity'
import { documentPath } from '../../../lib/urls'
import { filledIn, pageTitleField, slugField, TOP_LEVEL_TYPES } from '../rules'
import { plainText } from '../objects/portableText'
import { RESERVED_GUIDE_SLUGS } from './guide'

/** A standalone page at /slug, such as "About" or "Editorial policy": no hub entry, no claims of its own. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  fields: [
    pageTitleField('page'),
    slugField({ routeType: 'page', reserved: RESERVED_GUIDE_SLUGS, uniqueAcross: TOP_LEVEL_TYPES }),
    defineField({ name: 'seo', type: 'seo' }),
    defineField({
      name: 'body',
      type: 'richText',
      validation: (rule) => rule.custom(filledIn('The page has no text yet. Write the body before publishing.')).error(),
    }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current', body: 'body' },
    prepare: ({ title, slug, body }) => ({
      title: title || 'Untitled page',
      subtitle: [slug ? documentPath('page', slug) : 'No slug yet', plainText(body, 60)].filter(Boolean).join(' · '),
    }),
  },
})
