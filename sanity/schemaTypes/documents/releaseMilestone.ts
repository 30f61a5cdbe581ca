import { defineField, defineType } from 'sanity'
import { claimStatusField, claimStatusTitle } from '../objects/claimStatus'

export const releaseMilestone = defineType({
  name: 'releaseMilestone',
  title: 'Release milestone',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'What happens, e.g. "First Windows 12 Insider preview".',
      validation: (rule) => rule.required().error('Give the milestone a title.'),
    }),
    defineField({
      name: 'date',
      type: 'date',
      description: 'The exact day, or the first day of the window when only a window is known (used for ordering).',
      validation: (rule) => rule.required().error('Set a date: the timeline is ordered by it. For a window, use its first day.'),
    }),
    defineField({ name: 'window', type: 'string', description: 'Shown instead of the date when the timing is a window, e.g. "Late 2026 to early 2027".' }),
    defineField({
      name: 'windowEnd',
      title: 'Last day of the window',
      type: 'date',
      description:
        'For a window that has an end, e.g. 2027-03-31 for "early 2027". The release calendar then shows the milestone as a range from the date above to this day; without it, on the date alone.',
      validation: (rule) =>
        rule.custom((windowEnd: string | undefined, context) => {
          const start = (context.document as { date?: unknown } | undefined)?.date
          if (!windowEnd || typeof start !== 'string') return true
          return windowEnd > start ? true : 'The window must end after its first day (the date above).'
        }),
    }),
    claimStatusField(),
    defineField({ name: 'note', type: 'text', rows: 2, description: 'One or two sentences of context shown under the milestone.' }),
  ],
  orderings: [{ title: 'Date', name: 'dateAsc', by: [{ field: 'date', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', date: 'date', window: 'window', status: 'status' },
    prepare: ({ title, date, window, status }) => ({
      title: title || 'Untitled milestone',
      subtitle: [window || date || 'No date', claimStatusTitle(status)].filter(Boolean).join(' · '),
    }),
  },
})
