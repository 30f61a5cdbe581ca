import { defineArrayMember, defineField, defineType } from 'sanity'

/** Singleton: one document with the fixed id `siteSettings`. */
export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'tagline', type: 'string' }),
    defineField({ name: 'description', title: 'Default description', type: 'text', rows: 3 }),
    defineField({ name: 'hubIntro', title: 'Hub introduction', type: 'simpleRichText' }),
    defineField({
      name: 'navigation',
      title: 'Guides in the main navigation',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }] })],
    }),
    defineField({
      name: 'isoStatus',
      title: 'ISO availability',
      type: 'object',
      fields: [
        defineField({ name: 'available', title: 'An official ISO is available', type: 'boolean', initialValue: false }),
        defineField({ name: 'summary', type: 'text', rows: 3 }),
        defineField({ name: 'lastChecked', title: 'Last checked', type: 'date' }),
        defineField({ name: 'officialUrl', title: 'Official source', type: 'url', validation: (rule) => rule.uri({ scheme: ['http', 'https'] }) }),
      ],
    }),
    defineField({ name: 'disclaimer', type: 'text', rows: 3 }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
