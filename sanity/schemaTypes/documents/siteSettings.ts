import { defineArrayMember, defineField, defineType } from 'sanity'
import { DEFAULT_GUIDE_ICON, GUIDE_ICONS } from '../../../lib/guide-icons'
import { filledIn, searchDescriptionRule, webAddressRule } from '../rules'

/** Singleton: one document with the fixed id `siteSettings` (see sanity/studio-structure.ts). */
export const SITE_SETTINGS_ID = 'siteSettings'

type NavGroupValue = { title?: string; links?: { guide?: { _ref?: string } }[] }

/** A group of guides in the header menu: a heading and its guides, each with the icon shown beside it. */
const navGroup = defineArrayMember({
  name: 'navGroup',
  title: 'Group',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'The heading of the group in the menu, e.g. "Get Windows 12".',
      validation: (rule) => rule.required().error('Give the group a heading.'),
    }),
    defineField({
      name: 'links',
      title: 'Guides',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'navLink',
          title: 'Guide',
          type: 'object',
          fields: [
            defineField({
              name: 'guide',
              type: 'reference',
              to: [{ type: 'guide' }],
              options: { disableNew: true, filter: 'defined(slug.current)' },
              validation: (rule) => rule.required().error('Choose the guide to link to.'),
            }),
            defineField({
              name: 'icon',
              type: 'string',
              description: 'Shown beside the guide in the menu and on guide cards (hub, related guides).',
              options: { list: [...GUIDE_ICONS] },
              initialValue: DEFAULT_GUIDE_ICON,
            }),
          ],
          preview: {
            select: { title: 'guide.shortTitle', fullTitle: 'guide.title', icon: 'icon' },
            prepare: ({ title, fullTitle, icon }) => ({
              title: title || fullTitle || 'No guide chosen',
              subtitle: GUIDE_ICONS.find((option) => option.value === icon)?.title ?? 'Default icon',
            }),
          },
        }),
      ],
      validation: (rule) => rule.required().min(1).error('Add at least one guide to the group, or remove the group.'),
    }),
  ],
  preview: {
    select: { title: 'title', links: 'links', first: 'links.0.guide.shortTitle', second: 'links.1.guide.shortTitle' },
    prepare: ({ title, links, first, second }) => {
      const count = Array.isArray(links) ? links.length : 0
      const names = [first, second].filter(Boolean).join(', ')
      return {
        title: title || 'Untitled group',
        subtitle: `${count} ${count === 1 ? 'guide' : 'guides'}${names ? `: ${names}${count > 2 ? ', …' : ''}` : ''}`,
      }
    },
  },
})

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'The site name, shown in the header and at the end of every page title.',
      validation: (rule) => rule.required().error('Give the site a name.'),
    }),
    defineField({ name: 'tagline', type: 'string', description: 'Shown after the site name in the title of the hub.' }),
    defineField({
      name: 'description',
      title: 'Default description',
      type: 'text',
      rows: 3,
      description: 'Used in search results for pages without their own description (50 to 160 characters).',
      validation: searchDescriptionRule,
    }),
    defineField({ name: 'hubIntro', title: 'Hub introduction', type: 'simpleRichText' }),
    defineField({
      name: 'navigation',
      title: 'Main navigation',
      type: 'array',
      description: 'The guides in the header menu, in groups (for example "Get Windows 12" and "About Windows 12"). The hub shows its guide cards in the same groups.',
      of: [navGroup],
      validation: (rule) => [
        rule.custom(filledIn('The header menu has no guides. Add at least one group.')).warning(),
        rule.custom((groups: NavGroupValue[] | undefined) => {
          const seen = new Map<string, string>()
          for (const group of groups ?? []) {
            for (const link of group.links ?? []) {
              const ref = link.guide?._ref
              if (!ref) continue
              const first = seen.get(ref)
              if (first !== undefined) {
                return first === group.title
                  ? `A guide is listed twice in "${group.title ?? 'a group'}".`
                  : `A guide is listed in both "${first}" and "${group.title ?? 'another group'}". Keep it in one group.`
              }
              seen.set(ref, group.title ?? '')
            }
          }
          return true
        }),
      ],
    }),
    defineField({
      name: 'releaseHighlight',
      title: 'Release milestone on the hub',
      type: 'reference',
      to: [{ type: 'releaseMilestone' }],
      description: 'The milestone the hub shows as the expected release, usually general availability.',
      options: { disableNew: true },
    }),
    defineField({
      name: 'footerLinks',
      title: 'Pages in the footer',
      type: 'array',
      description: 'Pages such as "About" and "Editorial policy", linked at the bottom of every page.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'page' }], options: { disableNew: true } })],
      validation: (rule) => rule.unique().error('This page is in the footer twice.'),
    }),
    defineField({
      name: 'isoStatus',
      title: 'ISO availability',
      type: 'object',
      description: 'The answer at the top of the hub: is there an official Windows 12 ISO?',
      fields: [
        defineField({ name: 'available', title: 'An official ISO is available', type: 'boolean', initialValue: false }),
        defineField({ name: 'summary', type: 'text', rows: 3 }),
        defineField({
          name: 'lastChecked',
          title: 'Last checked',
          type: 'date',
          description: 'Readers see this date; update it every time you check.',
          validation: (rule) => rule.custom(filledIn('Without a date readers cannot tell how current the answer is.')).warning(),
        }),
        defineField({ name: 'officialUrl', title: 'Official source', type: 'url', validation: webAddressRule('of the official page') }),
      ],
    }),
    defineField({ name: 'disclaimer', type: 'text', rows: 3, description: 'Shown in the footer of every page.' }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
