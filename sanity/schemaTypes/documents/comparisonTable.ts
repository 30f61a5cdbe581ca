import { defineArrayMember, defineField, defineType } from 'sanity'
import { claimStatusField, claimStatusTitle } from '../objects/claimStatus'
import { filledIn } from '../rules'

/** Why a row's values do not fit the table's columns, or undefined when they do. */
function rowValuesProblem(values: unknown, columns: unknown): string | undefined {
  const columnCount = Array.isArray(columns) ? columns.length : 0
  const list = Array.isArray(values) ? values : []
  if (list.length !== columnCount) {
    return `This row has ${list.length} ${list.length === 1 ? 'value' : 'values'} but the table has ${columnCount} ${columnCount === 1 ? 'column' : 'columns'}. Give exactly one value per column, in column order.`
  }
  if (list.some((value) => typeof value !== 'string' || value.trim() === '')) {
    return 'A value is empty. Write something in every column, e.g. "Not announced".'
  }
  return undefined
}

export const comparisonTable = defineType({
  name: 'comparisonTable',
  title: 'Comparison table',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'Shown above the table.',
      validation: (rule) => rule.required().error('Give the table a title.'),
    }),
    defineField({ name: 'caption', type: 'text', rows: 2, description: 'One sentence under the title, e.g. what is confirmed and what is a projection.' }),
    defineField({
      name: 'columns',
      description: 'Column headings after the feature column, e.g. "Windows 11" and "Windows 12 (expected)".',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => [
        // A custom check rather than required().min(2): it also catches a missing list, without typegen
        // (--enforce-required-fields) typing the columns as always present.
        rule.custom((columns) => (Array.isArray(columns) && columns.length >= 2) || 'A comparison needs at least two columns.').error(),
        rule.unique().error('Two columns have the same heading.'),
      ],
    }),
    defineField({
      name: 'rows',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'comparisonRow',
          type: 'object',
          fields: [
            defineField({
              name: 'feature',
              type: 'string',
              description: 'What is compared in this row, e.g. "System requirements".',
              validation: (rule) => rule.required().error('Name the feature this row compares.'),
            }),
            defineField({
              name: 'values',
              description: 'One value per column, in column order.',
              type: 'array',
              of: [defineArrayMember({ type: 'string' })],
              validation: (rule) => rule.custom((values, context) => rowValuesProblem(values, context.document?.columns) ?? true),
            }),
            claimStatusField('How sure is the expected (newer) value?'),
          ],
          preview: {
            select: { title: 'feature', values: 'values', status: 'status' },
            prepare: ({ title, values, status }) => ({
              title: title || 'Unnamed feature',
              subtitle: [claimStatusTitle(status) ?? 'No status', Array.isArray(values) ? values.join(' | ') : undefined].filter(Boolean).join(' · '),
            }),
          },
        }),
      ],
      validation: (rule) => rule.custom(filledIn('Add at least one row.')).error(),
    }),
  ],
  preview: {
    select: { title: 'title', columns: 'columns', rows: 'rows' },
    prepare: ({ title, columns, rows }) => {
      const rowCount = Array.isArray(rows) ? rows.length : 0
      return {
        title: title || 'Untitled comparison',
        subtitle: [Array.isArray(columns) ? columns.join(' vs ') : 'No columns', `${rowCount} ${rowCount === 1 ? 'row' : 'rows'}`].join(' · '),
      }
    },
  },
})
