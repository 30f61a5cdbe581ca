import { defineArrayMember, defineField } from 'sanity'
import { ClaimSourceInput } from '../../../components/ClaimSourceInput'
import { ClaimIcon } from '../../../components/EditorMarks'
import { CLAIM_STATUSES } from '../../../../lib/vocabulary'
import { webAddressRule } from '../../rules'
import { claimStatusField } from '../claimStatus'

/** Why a claim's source cannot be followed (it is not in the document's Sources list), or undefined. */
function claimSourceProblem(source: unknown, sources: unknown): string | undefined {
  if (source === undefined || source === null || source === '') return undefined
  const keys = Array.isArray(sources) ? sources.map((entry: { _key?: unknown } | null) => entry?._key) : []
  return keys.includes(source)
    ? undefined
    : 'This claim points to a source that is not in the Sources list of this page. Choose one of the listed sources, or clear the field.'
}

const hasSources = (document: unknown) =>
  Boolean(document && typeof document === 'object' && 'sources' in document && Array.isArray(document.sources) && document.sources.length > 0)

/** Annotations shared by every rich-text field. */
export const annotations = [
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
