import { readFileSync } from 'node:fs'
import path from 'node:path'
import { FAQ_SECTIONS, faqSectionOf } from '@/lib/faq'
import { CALLOUT_KINDS, CLAIM_STATUSES, DOCUMENT_TYPES, FAQ_CATEGORIES, OTHER_FAQ_HEADING } from '@/lib/vocabulary'
import { schemaTypes } from '@/sanity/schemaTypes'

/*
 * One vocabulary: each list editors choose from and readers see is defined once, in lib/vocabulary.ts, and the
 * Studio's schema, the site and the operators' docs all use that one list.
 */

type Field = { name: string; type?: string; options?: { list?: { value: string; title: string }[] }; of?: unknown[] }

const schemaType = (name: string) => schemaTypes.find((type) => type.name === name) as unknown as { fields: Field[] }
const optionValues = (field: Field | undefined) => field?.options?.list?.map((option) => ({ value: option.value, title: option.title }))

it('the schema defines exactly the document types the site renders and tags', () => {
  const documents = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)
  expect([...documents].sort()).toEqual([...DOCUMENT_TYPES].sort())
})

it('the FAQ schema offers the vocabulary’s categories, and each files under its own heading on /faq', () => {
  const category = schemaType('faq').fields.find((field) => field.name === 'category')
  expect(optionValues(category)).toEqual(FAQ_CATEGORIES.map(({ value, title }) => ({ value, title })))
  const sections = FAQ_CATEGORIES.map(({ value }) => FAQ_SECTIONS.find((section) => section.slug === faqSectionOf(value)))
  expect(sections.map((section) => section?.heading)).toEqual(FAQ_CATEGORIES.map(({ heading }) => heading))
  expect(sections.map((section) => section?.heading)).not.toContain(OTHER_FAQ_HEADING)
})

it('the claim status and callout kind fields offer the vocabulary’s lists', () => {
  const status = schemaType('newsItem').fields.find((field) => field.name === 'status')
  expect(optionValues(status)).toEqual(CLAIM_STATUSES.map(({ value, title }) => ({ value, title })))
  const kind = schemaType('callout').fields.find((field) => field.name === 'kind')
  expect(optionValues(kind)).toEqual(CALLOUT_KINDS.map(({ value, title }) => ({ value, title })))
})

it('the webhook filter in docs/operations.md names every document type', () => {
  const docs = readFileSync(path.join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8')
  const filter = docs.match(/\| Filter \| `_type in \[([^\]]*)\]` \|/)
  expect(filter).not.toBeNull()
  expect(JSON.parse(`[${filter![1]}]`)).toEqual([...DOCUMENT_TYPES])
})
