import { defineField, defineType } from 'sanity'

export const seo = defineType({
  name: 'seo',
  title: 'Search engines',
  type: 'object',
  options: { collapsible: true },
  fields: [
    defineField({ name: 'title', title: 'Title in search results', type: 'string', description: 'Defaults to the page title.' }),
    defineField({ name: 'description', title: 'Description in search results', type: 'text', rows: 3 }),
  ],
})
