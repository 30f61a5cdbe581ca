import { defineArrayMember, defineField, defineType } from 'sanity'
import { ClaimSourceInput } from '../../components/ClaimSourceInput'
import { ClaimIcon, KeyboardKeyDecorator, KeyboardKeyIcon } from '../../components/EditorMarks'
import { CALLOUT_KINDS, CLAIM_STATUSES } from '../../../lib/vocabulary'
import { webAddressRule } from '../rules'
import { claimStatusField } from './claimStatus'

/** The aside kinds the guides use: each gets its own label and colour on the site (labels in lib/vocabulary). */
export { CALLOUT_KINDS }

export const calloutKindTitle = (value: unknown) => CALLOUT_KINDS.find((kind) => kind.value === value)?.title

/** The plain text of Portable Text blocks, for previews in the editor. */
export function plainText(blocks: unknown, maxLength = 80): string {
  if (!Array.isArray(blocks)) return ''
  const spanText = (span: unknown) => (span && typeof span === 'object' && 'text' in span && typeof span.text === 'string' ? span.text : '')
  const blockText = (block: unknown) =>
    block && typeof block === 'object' && 'children' in block && Array.isArray(block.children) ? block.children.map(spanText).join('') : ''
  const text = blocks.map(blockText).join(' ').replace(/\s+/g, ' ').trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}\u2026` : text
}

/** Why a claim's source cannot be followed (it is not in the document's Sources list), or undefined. */
export function claimSourceProblem(source: unknown, sources: unknown): string | undefined {
  if (source === undefined || source === null || source === '') return undefined
  const keys = Array.isArray(sources) ? sources.map((entry: { _key?: unknown } | null) => entry?._key) : []
  return keys.includes(source)
    ? undefined
    : 'This claim points to a source that is not in the Sources list of this page. Choose one of the listed sources, or clear the field.'
}

const hasSources = (document: unknown) =>
  Boolean(document && typeof document === 'object' && 'sources' in document && Array.isArray(document.sources) && document.sources.length > 0)

/** Annotations shared by every rich-text field. */
const annotations = [
  defineArrayMember({
    name: 'internalLink',
    title: 'Link to a guide or page',
    type: 'object',
    description: 'Links to one of our guides or pages; the address follows it if its slug changes.',
    fields: [
      defineField({
        name: 'reference',
        title: 'Guide or page',
        type: 'reference',
        to: [{ type: 'guide' }, { type: 'page' }],
        // Only documents that have an address can be linked, and a link is no place to create a new one.
        options: { disableNew: true, filter: 'defined(slug.current)' },
        validation: (rule) => rule.required().error('Choose the guide or page this text links to.'),
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
        validation: webAddressRule('this text links to', { required: true }),
      }),
    ],
  }),
  defineArrayMember({
    name: 'claim',
    title: 'Claim',
    type: 'object',
    icon: ClaimIcon,
    description:
      'Marks the selected words as a claim about unreleased software. Readers see its status as a badge after the words; with a source, the badge links to it.',
    fields: [
      claimStatusField(CLAIM_STATUSES.map((status) => `${status.title}: ${status.meaning}`).join(' ')),
      defineField({
        name: 'source',
        type: 'string',
        description: 'Optional: the entry of the Sources list of this page that backs the claim. Add the source to the list first.',
        components: { input: ClaimSourceInput },
        // Only pages with a Sources list can point to one; a value that is already set stays visible so it can be fixed.
        hidden: ({ document, value }) => !value && !hasSources(document),
        validation: (rule) => rule.custom((value, context) => claimSourceProblem(value, context.document?.sources) ?? true).error(),
      }),
    ],
  }),
]

const LISTS = [
  { title: 'Bullet', value: 'bullet' },
  { title: 'Numbered', value: 'number' },
]

/** A text block with lists, bold/italic, code and keys, links and claims; `styles` decides which headings editors get. */
const textBlock = (styles: { title: string; value: string }[]) =>
  defineArrayMember({
    type: 'block',
    styles: [{ title: 'Normal', value: 'normal' }, ...styles],
    lists: LISTS,
    marks: {
      decorators: [
        { title: 'Strong', value: 'strong' },
        { title: 'Emphasis', value: 'em' },
        // Commands, file and tool names readers type or look for: tpm.msc, Get-FileHash, setup.exe.
        { title: 'Inline code', value: 'code' },
        // Keys and key combinations readers press: Win+R, F12.
        { title: 'Keyboard key', value: 'kbd', icon: KeyboardKeyIcon, component: KeyboardKeyDecorator },
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
