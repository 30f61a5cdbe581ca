import { defineField } from 'sanity'

/** How sure a claim is. Rendered as a badge next to every claim about unreleased software. */
export const CLAIM_STATUSES = [
  { title: 'Confirmed', value: 'confirmed' },
  { title: 'Expected', value: 'expected' },
  { title: 'Rumored', value: 'rumored' },
] as const

/** The editor-facing title of a status value, for list previews. */
export function claimStatusTitle(value: unknown): string | undefined {
  return CLAIM_STATUSES.find((status) => status.value === value)?.title
}

export const claimStatusField = (description = 'How sure is this? Confirmed means Microsoft said so.') =>
  defineField({
    name: 'status',
    title: 'Claim status',
    type: 'string',
    description,
    options: { list: [...CLAIM_STATUSES], layout: 'radio', direction: 'horizontal' },
    validation: (rule) => rule.required().error('Choose how sure this is: confirmed, expected or rumored. Readers see it as a badge.'),
  })
