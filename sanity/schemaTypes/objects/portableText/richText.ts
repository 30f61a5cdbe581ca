import { defineArrayMember, defineField, defineType } from 'sanity'
import { textBlock } from './textBlock'

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
          description: 'What the image shows, for readers who cannot see it (screen readers, images turned off).',
          validation: (rule) => rule.required().error('Describe the image in a sentence: readers who cannot see it rely on this text.'),
        }),
        defineField({ name: 'caption', type: 'string', description: 'Optional; shown under the image.' }),
      ],
      validation: (rule) =>
        rule.custom((image: { asset?: unknown } | undefined) => (image && !image.asset ? 'Choose an image file, or remove the empty image.' : true)),
      preview: {
        select: { alt: 'alt', caption: 'caption', media: 'asset' },
        prepare: ({ alt, caption, media }) => ({
          title: caption || alt || 'Image without alternative text',
          subtitle: alt ? `Alt: ${alt}` : 'Alternative text missing',
          media,
        }),
      },
    }),
  ],
})
