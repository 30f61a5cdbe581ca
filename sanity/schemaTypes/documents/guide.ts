import { defineArrayMember, defineField, defineType } from 'sanity'

export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'shortTitle', title: 'Navigation label', type: 'string', description: 'Short label for menus.' }),
    defineField({ name: 'slug', type: 'slug', options: { source: 'title', maxLength: 96 }, validation: (rule) => rule.required() }),
    defineField({ name: 'order', title: 'Order on the hub', type: 'number' }),
    defineField({ name: 'seo', type: 'seo' }),
    defineField({ name: 'hubSummary', title: 'Summary on the hub', type: 'simpleRichText' }),
    defineField({ name: 'body', type: 'richText' }),
    defineField({ name: 'related', title: 'Related guides', type: 'array', of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }] })] }),
    defineField({ name: 'reviewedAt', title: 'Facts last reviewed', type: 'date' }),
  ],
  orderings: [{ title: 'Hub order', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
