import { defineArrayMember, defineField, defineType } from 'sanity'
import { filledIn, searchDescriptionRule, webAddressRule } from '../rules'

/** Singleton: one document with the fixed id `siteSettings` (see sanity/studio-structure.ts). */
export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'The site name, shown in the header and at the end of every page title.',
      validation: (rule) => rule.required().error('Give the site a name.'),
    }),
    defineField({ name: 'tagline', type: 'string', description: 'Shown after the site name in the title of the hub.' }),
    defineField({
      name: 'description',
      title: 'Default description',
      type: 'text',
      rows: 3,
      description: 'Used in search results for pages without their own description (50 to 160 characters).',
      validation: searchDescriptionRule,
    }),
    defineField({ name: 'hubIntro', title: 'Hub introduction', type: 'simpleRichText' }),
    defineField({
      name: 'navigation',
      title: 'Guides in the main navigation',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }], options: { disableNew: true } })],
      validation: (rule) => rule.unique().error('This guide is in the navigation twice.'),
    }),
    defineField({
      name: 'isoStatus',
      title: 'ISO availability',
      type: 'object',
      description: 'The answer at the top of the hub: is there an official Windows 12 ISO?',
      fields: [
        defineField({ name: 'available', title: 'An official ISO is available', type: 'boolean', initialValue: false }),
        defineField({ name: 'summary', type: 'text', rows: 3 }),
        defineField({
          name: 'lastChecked',
          title: 'Last checked',
          type: 'date',
          description: 'Readers see this date; update it every time you check.',
          validation: (rule) => rule.custom(filledIn('Without a date readers cannot tell how current the answer is.')).warning(),
        }),
        defineField({ name: 'officialUrl', title: 'Official source', type: 'url', validation: webAddressRule('of the official page') }),
      ],
    }),
    defineField({ name: 'disclaimer', type: 'text', rows: 3, description: 'Shown in the footer of every page.' }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
