import { defineField, type Reference } from 'sanity'

/** A reference to the person named in a byline (author, reviewer). */
export const bylineField = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    type: 'reference',
    to: [{ type: 'person' }],
    description,
    // A reference is all underscore fields, so "filled in" means it names a document.
    validation: (rule) =>
      rule
        .custom((value: Reference | undefined) =>
          value?._ref ? true : `Choose the ${title.toLowerCase()}: readers trust a page that says who stands behind it.`,
        )
        .warning(),
  })
