import { defineField, defineType } from 'sanity'
import { FAQ_CATEGORIES, faqCategoryTitle, OTHER_FAQ_HEADING } from '../../../lib/vocabulary'
import { filledIn } from '../rules'

/** The categories as the Studio lists them; the one list (with the FAQ page's headings) is in lib/vocabulary. */
const FAQ_CATEGORY_OPTIONS = FAQ_CATEGORIES.map(({ title, value }) => ({ title, value }))

export const faq = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  fields: [
    defineField({
      name: 'question',
      type: 'string',
      description: 'Phrased the way a reader would ask it.',
      validation: (rule) => rule.required().error('Write the question: it is the title of this entry.'),
    }),
    defineField({
      name: 'answer',
      type: 'simpleRichText',
      validation: (rule) => rule.required().error('Write the answer; an unanswered question is not shown usefully.'),
    }),
    defineField({
      name: 'category',
      type: 'string',
      description: 'The section of the FAQ page this question appears in.',
      options: { list: FAQ_CATEGORY_OPTIONS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.custom(filledIn(`Choose a category, or the question ends up under "${OTHER_FAQ_HEADING}".`)).error(),
    }),
    defineField({
      name: 'order',
      type: 'number',
      description: 'Position within its category; lower numbers come first (10, 20, 30 leaves room in between).',
      validation: (rule) => rule.integer().min(0).error('Use a whole number of 0 or more.'),
    }),
  ],
  orderings: [
    {
      title: 'Category, then order',
      name: 'categoryOrder',
      by: [
        { field: 'category', direction: 'asc' },
        { field: 'order', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'question', category: 'category', order: 'order' },
    prepare: ({ title, category, order }) => ({
      title: title || 'Unwritten question',
      subtitle: [faqCategoryTitle(category) ?? 'No category', typeof order === 'number' ? `#${order}` : undefined].filter(Boolean).join(' · '),
    }),
  },
})
