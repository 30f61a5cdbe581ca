import { defineArrayMember, defineField, defineType, type ArrayRule, type DateRule } from 'sanity'
import { filledIn, webAddressRule } from '../rules'

/** Why an access date cannot be right (a day that has not come yet), or undefined. */
function accessDateProblem(value: unknown, now: Date): string | undefined {
  if (typeof value !== 'string') return undefined
  return value > now.toISOString().slice(0, 10) ? 'This day has not come yet. Use the day you last opened the source.' : undefined
}

/** One entry of a page's numbered source list; claims in the text can point to it. */
export const source = defineType({
  name: 'source',
  title: 'Source',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      type: 'string',
      description: 'Who published it and what, e.g. "Microsoft Support: Windows 11 system requirements". Readers see this as the link.',
      validation: (rule) => rule.required().error('Name the source; readers see this text as the link.'),
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      description: 'The page itself, starting with https://.',
      validation: webAddressRule('of the source', { required: true }),
    }),
    defineField({
      name: 'accessedAt',
      title: 'Date accessed',
      type: 'date',
      description: 'The day you last opened the source and checked that it still says what this page claims. Readers see it.',
      validation: (rule: DateRule) => [
        rule.custom(filledIn('Add the day you last checked this source, so readers can tell how current it is.')).warning(),
        rule.custom((value) => accessDateProblem(value, new Date()) ?? true).error(),
      ],
    }),
  ],
  preview: {
    select: { title: 'label', url: 'url', accessedAt: 'accessedAt' },
    prepare: ({ title, url, accessedAt }) => ({
      title: title || 'Unnamed source',
      subtitle: [url || 'No URL', accessedAt ? `accessed ${accessedAt}` : undefined].filter(Boolean).join(' · '),
    }),
  },
})

/** The `sources` field of guides and news items: numbered for readers, in the order given here. */
export const sourcesField = (description: string) =>
  defineField({
    name: 'sources',
    type: 'array',
    description,
    of: [defineArrayMember({ type: 'source' })],
    validation: (rule: ArrayRule<unknown[]>) =>
      rule.custom(filledIn('List at least one source, so readers can check where the facts come from.')).warning(),
  })
