import { defineField, getPublishedId, type SlugIsUniqueValidator, type SlugValue, type StringRule, type TextRule, type UrlRule } from 'sanity'
import { slugify } from '../../lib/slugify'
import { documentPath, type RoutableType } from '../../lib/urls'

/*
 * Validation shared by several types. Every rule here runs in the Studio through Sanity's own validation, and
 * the tests run the same rules on the seed dataset. Messages speak to the editor: what is wrong and what to do.
 */

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.keys(value).every((key) => key.startsWith('_'))
  return false
}

/**
 * "Fill this in", for fields that are optional in the content model. Sanity's `required()` would make typegen
 * (run with --enforce-required-fields) type these fields as always present; content written outside the Studio
 * can lack them and the site handles that, so their types stay optional. Use with `.error()` or `.warning()`.
 */
export function filledIn(message: string) {
  return (value: unknown) => (isEmpty(value) ? message : true)
}

/** Lowercase letters and digits in groups joined by single hyphens: "windows-12-features". */
export const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SLUG_MAX_LENGTH = 96

/** Turns a title into a slug that passes SLUG_FORMAT (see lib/slugify.ts for the rules). */
export function toSlug(input: string): string {
  return slugify(input, SLUG_MAX_LENGTH)
}

/** Why a slug cannot be used, or undefined when it is fine. Uniqueness is checked by Sanity's slug type itself. */
export function slugProblem(slug: string, reserved: readonly string[] = []): string | undefined {
  if (!SLUG_FORMAT.test(slug)) {
    return 'Use only lowercase letters, digits and single hyphens, with no spaces or hyphen at either end (for example "windows-12-features"). "Generate" builds one from the title.'
  }
  if (reserved.includes(slug)) return `"${slug}" is already the address of a section of the site. Choose another slug.`
  return undefined
}

/** Guides and pages share the site's top-level addresses (/slug), so a slug must be unique across both types. */
export const TOP_LEVEL_TYPES = ['guide', 'page'] as const

/**
 * Sanity's own uniqueness check (one document type) widened to several types: the slug is taken when any
 * document of those types, other than this one and its drafts or versions, uses it.
 */
function uniqueAmong(types: readonly string[]): SlugIsUniqueValidator {
  return (slug, context) => {
    if (!context.document) return true
    return context
      .getClient({ apiVersion: '2025-02-19' })
      .withConfig({ perspective: 'raw' })
      .fetch<boolean>(
        '!defined(*[_type in $types && !sanity::versionOf($published) && slug.current == $slug][0]._id)',
        { types: [...types], published: getPublishedId(context.document._id), slug },
        { signal: context.signal, tag: 'validation.slug-is-unique' },
      )
  }
}

type SlugFieldOptions = {
  /** The type whose address the slug makes (lib/urls documentPath), for the help text. */
  routeType: RoutableType
  /** Slugs that would collide with fixed routes of the site. */
  reserved?: readonly string[]
  /** Types that share this address space; by default only documents of the same type are compared. */
  uniqueAcross?: readonly string[]
}

/**
 * The URL slug of a routable document. Sanity's slug type refuses a slug that another document of the same type
 * (or of the `uniqueAcross` types) uses; this adds "required", the format and reserved words.
 */
export function slugField({ routeType, reserved = [], uniqueAcross }: SlugFieldOptions) {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    type: 'slug',
    description: `Required. The page address: ${documentPath(routeType, 'your-slug')} ("Generate" builds it from the title). Changing it after publishing breaks links to the old address.`,
    options: {
      source: 'title',
      maxLength: SLUG_MAX_LENGTH,
      slugify: (input: string) => toSlug(input),
      ...(uniqueAcross ? { isUnique: uniqueAmong(uniqueAcross) } : {}),
    },
    // One chained rule, not an array: every rule of a slug field also carries the slug type's own checks
    // (including the uniqueness query), so a second rule would report each of them twice.
    validation: (rule) =>
      rule.required().custom((value: SlugValue | undefined) => {
        if (!value?.current) return true
        return slugProblem(value.current, reserved) ?? true
      }),
  })
}

export const SEO_DESCRIPTION_MIN = 50
export const SEO_DESCRIPTION_MAX = 160

/**
 * Search engines show roughly 50 to 160 characters of a description and write their own when it is missing or
 * unsuitable. A warning, not an error: a slightly long description must not block publishing.
 */
export function searchDescriptionRule(rule: TextRule | StringRule) {
  return rule
    .custom((value: string | undefined) => {
      if (!value) return true
      const length = value.trim().length
      if (length < SEO_DESCRIPTION_MIN) {
        return `Search results show about ${SEO_DESCRIPTION_MIN}-${SEO_DESCRIPTION_MAX} characters; this has ${length}. Add a sentence so search engines use it instead of writing their own.`
      }
      if (length > SEO_DESCRIPTION_MAX) {
        return `Search results cut descriptions off after about ${SEO_DESCRIPTION_MAX} characters; this has ${length}. Shorten it so the end is not lost.`
      }
      return true
    })
    .warning()
}

/**
 * Web addresses readers can open: absolute http:// or https:// only (no javascript:, mailto:, relative paths).
 * One message covers both a missing and a wrong address, because Sanity applies a rule's message to all its checks.
 */
export function webAddressRule(what: string, { required = false } = {}) {
  return (rule: UrlRule) =>
    (required ? rule.required() : rule).uri({ scheme: ['http', 'https'] }).error(`Add the full web address ${what}, starting with https:// (or http://).`)
}

/** The title of a document that is a page of its own at /<slug> (a guide or a page): its heading and search title. */
export const pageTitleField = (noun: 'guide' | 'page') =>
  defineField({
    name: 'title',
    type: 'string',
    description: 'The heading of the page and, unless overridden under "Search engines", its title in search results.',
    validation: (rule) => rule.required().error(`Give the ${noun} a title: it is the page heading.`),
  })
