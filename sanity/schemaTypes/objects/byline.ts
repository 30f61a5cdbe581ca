import { defineField } from 'sanity'
import { filledIn } from '../rules'

/** A reference to the person named in a byline (author, reviewer). */
export const bylineField = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    type: 'reference',
    to: [{ type: 'person' }],
    description,
    validation: (rule) => rule.custom(filledIn(`Choose the ${title.toLowerCase()}: readers trust a page that says who stands behind it.`)).warning(),
  })
