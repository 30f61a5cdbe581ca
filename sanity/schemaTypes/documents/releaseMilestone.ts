import { defineField, defineType } from 'sanity'
import { claimStatusField } from '../objects/claimStatus'

export const releaseMilestone = defineType({
  name: 'releaseMilestone',
  title: 'Release milestone',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'date',
      type: 'date',
      description: 'The exact day, or the first day of the window when only a window is known (used for ordering).',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'window', type: 'string', description: 'Shown instead of the date when the timing is a window, e.g. "Late 2026 to early 2027".' }),
    claimStatusField(),
    defineField({ name: 'note', type: 'text', rows: 2 }),
  ],
  orderings: [{ title: 'Date', name: 'dateAsc', by: [{ field: 'date', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'date' } },
})
