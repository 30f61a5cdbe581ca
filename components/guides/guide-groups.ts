import { isGuideIcon, type GuideIconName } from '@/lib/guide-icons'
import type { NavGroups } from '@/components/layout/navigation'

/** Guide id -> the icon editors chose for it in the navigation. */
export function guideIcons(navigation: NavGroups | null | undefined): Map<string, GuideIconName> {
  const icons = new Map<string, GuideIconName>()
  for (const group of navigation ?? []) {
    for (const link of group.links ?? []) if (link._ref && isGuideIcon(link.icon)) icons.set(link._ref, link.icon)
  }
  return icons
}

/**
 * The hub's guides in the navigation's groups and order; guides in no group come last under `restTitle`.
 * Each guide appears once (in its first group).
 */
export function groupGuides<Guide extends { _id: string }>(
  guides: Guide[],
  navigation: NavGroups | null | undefined,
  restTitle: string,
): { key: string; title: string; guides: Guide[] }[] {
  const byId = new Map(guides.map((guide) => [guide._id, guide]))
  const placed = new Set<string>()
  const groups = (navigation ?? []).map((group) => ({
    key: group._key,
    title: group.title,
    guides: (group.links ?? []).flatMap((link) => {
      const guide = byId.get(link._ref)
      if (!guide || placed.has(guide._id)) return []
      placed.add(guide._id)
      return [guide]
    }),
  }))
  const rest = guides.filter((guide) => !placed.has(guide._id))
  return [...groups, { key: 'rest', title: restTitle, guides: rest }].filter((group) => group.guides.length > 0)
}
