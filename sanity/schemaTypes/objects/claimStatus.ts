import { defineField } from 'sanity'
import { CLAIM_STATUSES, claimStatusLabel } from '../../../lib/vocabulary'

/** The status options as the Studio lists them; titles and values come from the one shared vocabulary. */
const CLAIM_STATUS_OPTIONS = CLAIM_STATUSES.map(({ title, value }) => ({ title, value }))

/** The editor-facing title of a status value, for list previews. */
export const claimStatusTitle = claimStatusLabel

export const claimStatusField = (description = 'How sure is this? Confirmed means Microsoft said so.') =>
  defineField({
    name: 'status',
    title: 'Claim status',
    type: 'string',
    description,
    options: { list: CLAIM_STATUS_OPTIONS, layout: 'radio', direction: 'horizontal' },
    validation: (rule) => rule.required().error('Choose how sure this is: confirmed, expected or rumored. Readers see it as a badge.'),
  })
