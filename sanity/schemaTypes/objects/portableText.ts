import { defineArrayMember, defineField, defineType } from 'sanity'

/** The aside kinds the guides use: each gets its own label and colour on the site. */
export const CALLOUT_KINDS = [
  { title: 'Practical insight', value: 'insight' },
  { title: 'Example', value: 'example' },
  { title: 'Opinion', value: 'opinion' },
  { title: 'Practical tip', value: 'tip' },
  { title: 'Important note', value: 'warning' },
] as const

/** Annotations shared by every rich-text field. */
const annotations = [
  defineArrayMember({
    name: 'internalLink',
    title: 'Link to a guide',
    type: 'object',
    fields: [
      defineField({
        name: 'reference',
        type: 'reference',
        to: [{ type: 'guide' }],
        validation: (rule) => rule.required(),
      }),
    ],
  }),
  defineArrayMember({
    name: 'link',
    title: 'External link',
    type: 'object',
    fields: [
      defineField({
        name: 'href',
        title: 'URL',
        type: 'url',
        validation: (rule) =>
          rule.required().uri({ scheme: ['http', 'https'] }).error('Use a full http:// or https:// address.'),
      }),
    ],
  }),
]

const LISTS = [
  { title: 'Bullet', value: 'bullet' },
  { title: 'Numbered', value: 'number' },
]

/** A text block with lists, bold/italic and the two link kinds; `styles` decides which headings editors get. */
const textBlock = (styles: { title: string; value: string }[]) =>
  defineArrayMember({
    type: 'block',
    styles: [{ title: 'Normal', value: 'normal' }, ...styles],
    lists: LISTS,
    marks: {
      decorators: [
        { title: 'Strong', value: 'strong' },
        { title: 'Emphasis', value: 'em' },
      ],
      annotations,
    },
  })

/** Text blocks without custom blocks (used inside asides, FAQ answers and hub summaries). */
export const simpleBlock = textBlock([{ title: 'Heading 3', value: 'h3' }])

export const simpleRichText = defineType({
  name: 'simpleRichText',
  title: 'Rich text',
  type: 'array',
  of: [simpleBlock],
})

export const callout = defineType({
  name: 'callout',
  title: 'Aside',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      type: 'string',
      options: { list: [...CALLOUT_KINDS], layout: 'radio' },
      initialValue: 'insight',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'title', type: 'string', description: 'Optional; the kind is shown when empty.' }),
    defineField({ name: 'body', type: 'simpleRichText', validation: (rule) => rule.required() }),
  ],
  preview: { select: { kind: 'kind', title: 'title' }, prepare: ({ kind, title }) => ({ title: title || 'Aside', subtitle: kind }) },
})

export const steps = defineType({
  name: 'steps',
  title: 'Numbered steps',
  type: 'object',
  fields: [
    defineField({ name: 'title', type: 'string' }),
    defineField({
      name: 'items',
      title: 'Steps',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'step',
          type: 'object',
          fields: [
            defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'detail', type: 'text', rows: 3 }),
          ],
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: { select: { title: 'title', items: 'items' }, prepare: ({ title, items }) => ({ title: title || 'Steps', subtitle: `${items?.length ?? 0} steps` }) },
})

export const comparisonTableEmbed = defineType({
  name: 'comparisonTableEmbed',
  title: 'Comparison table',
  type: 'object',
  fields: [defineField({ name: 'table', type: 'reference', to: [{ type: 'comparisonTable' }], validation: (rule) => rule.required() })],
  preview: { select: { title: 'table.title' }, prepare: ({ title }) => ({ title: title || 'Comparison table', subtitle: 'Comparison table' }) },
})

export const requirementsEmbed = defineType({
  name: 'requirementsEmbed',
  title: 'Requirements table',
  type: 'object',
  fields: [defineField({ name: 'requirements', type: 'reference', to: [{ type: 'requirements' }], validation: (rule) => rule.required() })],
  preview: { select: { title: 'requirements.title' }, prepare: ({ title }) => ({ title: title || 'Requirements', subtitle: 'Requirements table' }) },
})

export const releaseTimelineEmbed = defineType({
  name: 'releaseTimelineEmbed',
  title: 'Release timeline',
  type: 'object',
  description: 'Shows every release milestone, in date order.',
  fields: [defineField({ name: 'heading', type: 'string', description: 'Optional heading above the timeline.' })],
  preview: { prepare: () => ({ title: 'Release timeline' }) },
})

/** Guide and news bodies: headings, lists, links, plus the custom blocks. */
export const richText = defineType({
  name: 'richText',
  title: 'Body',
  type: 'array',
  of: [
    textBlock([
      { title: 'Heading 2', value: 'h2' },
      { title: 'Heading 3', value: 'h3' },
      { title: 'Quote', value: 'blockquote' },
    ]),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'steps' }),
    defineArrayMember({ type: 'comparisonTableEmbed' }),
    defineArrayMember({ type: 'requirementsEmbed' }),
    defineArrayMember({ type: 'releaseTimelineEmbed' }),
    defineArrayMember({
      type: 'image',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description: 'What the image shows, for readers who cannot see it.',
          validation: (rule) => rule.required(),
        }),
        defineField({ name: 'caption', type: 'string' }),
      ],
    }),
  ],
})
