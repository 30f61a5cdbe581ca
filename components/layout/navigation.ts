import type { SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'

type Settings = NonNullable<SITE_SETTINGS_QUERY_RESULT>

/** The header's guide groups as the site settings give them (names, guides with icons). */
export type NavGroups = Settings['navigation']
export type NavLinkItem = NonNullable<NavGroups>[number]['links'][number]
export type FooterLinks = Settings['footerLinks']

/** A group the header and footer show: only guides that still exist (a deleted guide dereferences to a null slug). */
export type NavGroup = { _key: string; title: string; links: NavLinkItem[] }

/** Groups with at least one guide that still exists. */
export function visibleGroups(groups: NavGroups | null | undefined): NavGroup[] {
  return (groups ?? [])
    .map((group) => ({ ...group, links: (group.links ?? []).filter((link) => Boolean(link.slug)) }))
    .filter((group) => group.links.length > 0)
}

/** What the site chrome (header and footer) shows, taken from the site settings by the layout that reads them. */
export type ChromeData = {
  title: string
  groups: NavGroup[]
  disclaimer: string | null
  footerLinks: FooterLinks
}

export function chromeData(settings: SITE_SETTINGS_QUERY_RESULT | null | undefined): ChromeData {
  return {
    title: settings?.title || FALLBACK_SITE_TITLE,
    groups: visibleGroups(settings?.navigation),
    disclaimer: settings?.disclaimer ?? null,
    footerLinks: settings?.footerLinks ?? null,
  }
}
