import { defineArrayMember, defineField, defineType } from 'sanity'

/** Numbered steps in a guide's body; each step also becomes a step of the page's HowTo structured data. */
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
            defineField({
              name: 'title',
              type: 'string',
              description: 'What to do, as an instruction: "Back up your files".',
              validation: (rule) => rule.required().error('Say what to do in this step.'),
            }),
            defineField({ name: 'detail', type: 'text', rows: 3 }),
          ],
          preview: { select: { title: 'title', subtitle: 'detail' } },
        }),
      ],
      validation: (rule) => rule.required().min(1).error('Add at least one step.'),
    }),
  ],
  preview: {
    select: { title: 'title', items: 'items' },
    prepare: ({ title, items }) => {
      const steps: { title?: string }[] = Array.isArray(items) ? items : []
      const count = `${steps.length} ${steps.length === 1 ? 'step' : 'steps'}`
      const first = steps[0]?.title
      return { title: title || 'Numbered steps', subtitle: first ? `${count}, starting with "${first}"` : count }
    },
  },
})
