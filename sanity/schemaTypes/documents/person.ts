import { defineField, defineType } from 'sanity'

/** Someone named in bylines: a guide's author and reviewer, a news item's author. Also used for a team. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      description: 'The name readers see beside the date. For the team itself, the team\'s name, e.g. "Windows 12 Guide editorial team".',
      validation: (rule) => rule.required().error('Give the name readers see in the byline.'),
    }),
    defineField({ name: 'role', type: 'string', description: 'What they do here, e.g. "Editor" or "Research, writing and fact-checking".' }),
    defineField({
      name: 'bio',
      title: 'Short bio',
      type: 'text',
      rows: 3,
      description: 'Two or three sentences: who this is and how they check what they publish.',
      validation: (rule) => rule.max(400).warning('Keep the bio to two or three sentences (400 characters at most).'),
    }),
    defineField({
      name: 'image',
      type: 'image',
      description: 'Optional portrait or team logo.',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description: 'What the image shows, for readers who cannot see it.',
          validation: (rule) =>
            rule.custom((alt: string | undefined, context) => {
              const image = context.parent as { asset?: unknown } | undefined
              return image?.asset && !alt?.trim() ? 'Describe the image in a few words: readers who cannot see it rely on this text.' : true
            }),
        }),
      ],
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'role', media: 'image' },
    prepare: ({ title, subtitle, media }) => ({ title: title || 'Unnamed person', subtitle, media }),
  },
})
