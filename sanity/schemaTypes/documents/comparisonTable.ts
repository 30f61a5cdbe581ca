import { defineArrayMember, defineField, defineType } from 'sanity'
import { claimStatusField } from '../objects/claimStatus'

export const comparisonTable = defineType({
  name: 'comparisonTable',
  title: 'Comparison table',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'caption', type: 'text', rows: 2 }),
    defineField({ name: 'columns', description: 'Column headings after the feature column.', type: 'array', of: [defineArrayMember({ type: 'string' })] }),
    defineField({
      name: 'rows',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'comparisonRow',
          type: 'object',
          fields: [
            defineField({ name: 'feature', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'values', description: 'One value per column, in column order.', type: 'array', of: [defineArrayMember({ type: 'string' })] }),
            claimStatusField('How sure is the expected (newer) value?'),
          ],
          preview: { select: { title: 'feature', subtitle: 'status' } },
        }),
      ],
    }),
  ],
})
