import type { SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'

type Settings = NonNullable<SITE_SETTINGS_QUERY_RESULT>

/** The header's guide groups as the site settings give them (names, guides with icons). */
export type NavGroups = Settings['navigation']
export type NavLinkItem = NonNullable<NavGroups>[number]['links'][number]
export type FooterLinks = Settings['footerLinks']

/** Groups with at least one guide that still exists (a deleted guide dereferences to a null slug). */
export function visibleGroups(groups: NavGroups | null | undefined) {
  return (groups ?? [])
    .map((group) => ({ ...group, links: (group.links ?? []).filter((link) => Boolean(link.slug)) }))
    .filter((group) => group.links.length > 0)
}
