import { defineField, defineType } from 'sanity'
import { searchDescriptionRule } from '../rules'

const SEO_TITLE_MAX = 60

export const seo = defineType({
  name: 'seo',
  title: 'Search engines',
  type: 'object',
  description: 'How the page appears in search results and when shared.',
  options: { collapsible: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title in search results',
      type: 'string',
      description: `Defaults to the page title. Keep it under about ${SEO_TITLE_MAX} characters.`,
      validation: (rule) =>
        rule.max(SEO_TITLE_MAX).warning(`Search results cut titles off after about ${SEO_TITLE_MAX} characters; shorten it so the end is not lost.`),
    }),
    defineField({
      name: 'description',
      title: 'Description in search results',
      type: 'text',
      rows: 3,
      description: 'One or two sentences, 50 to 160 characters, that make a searcher want to open the page.',
      validation: searchDescriptionRule,
    }),
  ],
})
