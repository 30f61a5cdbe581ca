import type { FAQ_PAGE_QUERY_RESULT } from '@/sanity.types'

type Faq = FAQ_PAGE_QUERY_RESULT[number]

/** Reading order of the FAQ page's sections; questions without a known category go last, under "Other". */
const CATEGORY_TITLES: Record<string, string> = {
  availability: 'Availability and the ISO',
  release: 'Release date',
  upgrade: 'Upgrading',
  requirements: 'Hardware and requirements',
  safety: 'Safety',
  pricing: 'Price and licenses',
}

export function groupFaqsByCategory(faqs: Faq[]): { category: string; title: string; faqs: Faq[] }[] {
  const order = [...Object.keys(CATEGORY_TITLES), 'other']
  const byCategory = new Map<string, Faq[]>()
  for (const faq of faqs) {
    const category = faq.category && faq.category in CATEGORY_TITLES ? faq.category : 'other'
    byCategory.set(category, [...(byCategory.get(category) ?? []), faq])
  }
  return order
    .filter((category) => byCategory.has(category))
    .map((category) => ({ category, title: CATEGORY_TITLES[category] ?? 'Other questions', faqs: byCategory.get(category)! }))
}
