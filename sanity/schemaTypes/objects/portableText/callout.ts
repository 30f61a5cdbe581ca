import { defineField, defineType } from 'sanity'
import { CALLOUT_KINDS } from '../../../../lib/vocabulary'
import { plainText } from './plainText'

const calloutKindTitle = (value: unknown) => CALLOUT_KINDS.find((kind) => kind.value === value)?.title

/** An aside in a body: its kind (labels and colours in lib/vocabulary) tells readers an opinion from a fact. */
export const callout = defineType({
  name: 'callout',
  title: 'Aside',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      type: 'string',
      description: 'Readers see the kind as a label, so an opinion is never mistaken for a fact.',
      options: { list: [...CALLOUT_KINDS], layout: 'radio' },
      initialValue: 'insight',
      validation: (rule) => rule.required().error('Choose what kind of aside this is.'),
    }),
    defineField({ name: 'title', type: 'string', description: 'Optional; the kind is shown when empty.' }),
    defineField({ name: 'body', type: 'simpleRichText', validation: (rule) => rule.required().error('The aside has no text yet.') }),
  ],
  preview: {
    select: { kind: 'kind', title: 'title', body: 'body' },
    prepare: ({ kind, title, body }) => ({
      title: title || plainText(body) || 'Empty aside',
      subtitle: calloutKindTitle(kind) ?? 'Aside',
    }),
  },
})
