import type { FAQ_PAGE_QUERY_RESULT } from '@/sanity.types'
import { FAQ_CATEGORIES, isFaqCategory, OTHER_FAQ_HEADING } from '@/lib/vocabulary'

type Faq = FAQ_PAGE_QUERY_RESULT[number]

/**
 * The FAQ page's sections in the vocabulary's order, each under its heading; questions without a known category
 * go last, under "Other questions".
 */
export function groupFaqsByCategory(faqs: Faq[]): { category: string; title: string; faqs: Faq[] }[] {
  const sections = [...FAQ_CATEGORIES.map(({ value, heading }) => ({ category: value as string, title: heading })), { category: 'other', title: OTHER_FAQ_HEADING }]
  const byCategory = new Map<string, Faq[]>()
  for (const faq of faqs) {
    const category = isFaqCategory(faq.category) ? faq.category : 'other'
    byCategory.set(category, [...(byCategory.get(category) ?? []), faq])
  }
  return sections.filter(({ category }) => byCategory.has(category)).map((section) => ({ ...section, faqs: byCategory.get(section.category)! }))
}
