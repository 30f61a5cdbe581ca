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
      title: 'Date (sorts the timeline)',
      type: 'date',
      description:
        'The exact day. When the timing is a window, its first day; when a milestone is only placed relative to others, a day that puts it in the right order. Readers see the window text instead of this date.',
      validation: (rule) => rule.required().error('Set a date: the timeline is sorted by it. For a window, use its first day.'),
    }),
    defineField({
      name: 'window',
      type: 'string',
      description:
        'For timing that is not one day: shown instead of the date, e.g. "Late 2026 to early 2027" or "Before any public release". The milestone is sorted by the date above.',
    }),
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
      // A window shows the day it is sorted by, so editors can see why it sits where it does.
      subtitle: [window ? `${window}${date ? ` (sorted from ${date})` : ''}` : date || 'No date', claimStatusTitle(status)].filter(Boolean).join(' · '),
    }),
  },
})
