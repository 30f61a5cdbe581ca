import { defineField, defineType } from 'sanity'

/* Blocks that show a document of another type inside a body: the document is edited in its own list. */

export const comparisonTableEmbed = defineType({
  name: 'comparisonTableEmbed',
  title: 'Comparison table',
  type: 'object',
  description: 'Shows one of the comparison tables; edit the table itself under "Comparison tables".',
  fields: [
    defineField({
      name: 'table',
      type: 'reference',
      to: [{ type: 'comparisonTable' }],
      validation: (rule) => rule.required().error('Choose the comparison table to show here.'),
    }),
  ],
  preview: {
    select: { title: 'table.title', columns: 'table.columns' },
    prepare: ({ title, columns }) => ({
      title: title ? `Comparison table: ${title}` : 'Comparison table (none chosen)',
      subtitle: Array.isArray(columns) ? columns.join(' vs ') : undefined,
    }),
  },
})

export const requirementsEmbed = defineType({
  name: 'requirementsEmbed',
  title: 'Requirements table',
  type: 'object',
  fields: [
    defineField({
      name: 'requirements',
      type: 'reference',
      to: [{ type: 'requirements' }],
      validation: (rule) => rule.required().error('Choose the requirements to show here.'),
    }),
  ],
  preview: {
    select: { title: 'requirements.title' },
    prepare: ({ title }) => ({ title: title ? `Requirements table: ${title}` : 'Requirements table (none chosen)' }),
  },
})

export const releaseTimelineEmbed = defineType({
  name: 'releaseTimelineEmbed',
  title: 'Release timeline',
  type: 'object',
  description: 'Shows every release milestone, in date order.',
  fields: [defineField({ name: 'heading', type: 'string', description: 'Optional heading above the timeline.' })],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({ title: heading ? `Release timeline: ${heading}` : 'Release timeline', subtitle: 'Every release milestone, by date' }),
  },
})
