import { defineField, defineType } from 'sanity'

export const FAQ_CATEGORIES = [
  { title: 'Availability', value: 'availability' },
  { title: 'Release', value: 'release' },
  { title: 'Upgrade', value: 'upgrade' },
  { title: 'Requirements', value: 'requirements' },
  { title: 'Safety', value: 'safety' },
  { title: 'Pricing', value: 'pricing' },
] as const

export const faq = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  fields: [
    defineField({ name: 'question', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'answer', type: 'simpleRichText', validation: (rule) => rule.required() }),
    defineField({ name: 'category', type: 'string', options: { list: [...FAQ_CATEGORIES] } }),
    defineField({ name: 'order', type: 'number' }),
  ],
  preview: { select: { title: 'question', subtitle: 'category' } },
})
