import type { Metadata } from 'next'
import type { Graph } from 'schema-dts'
import { FAQ_CRUMB, GUIDES_CRUMB, HOME_CRUMB, listTrail, NEWS_CRUMB, type Crumb } from './breadcrumbs'
import type { FaqSection } from './faq'
import { listPageJsonLd } from './jsonld'
import { GUIDE_LIST_DESCRIPTION, GUIDE_LIST_TITLE, listPageTitle, NEWS_LIST_DESCRIPTION, NEWS_LIST_TITLE, pageMetadata } from './metadata'
import { faqSectionPath, guideListPath, newsListPath } from './urls'

/**
 * What the site says about each page of a paged list (All guides, News, a section of the FAQ): its address, its
 * title and description, and where it sits. The list routes build their metadata, breadcrumbs and structured data
 * from one of these, so the first page and the later ones cannot drift apart.
 */
export type PagedList = {
  /** The trail to the list's first page, ending in the list's own crumb; later pages add "Page N". */
  crumbs: readonly Crumb[]
  path: (page: number) => string
  title: (page: number) => string
  description: (page: number) => string
}

export const GUIDE_LIST: PagedList = {
  crumbs: [HOME_CRUMB, GUIDES_CRUMB],
  path: guideListPath,
  title: (page) => listPageTitle(GUIDE_LIST_TITLE, page),
  description: () => GUIDE_LIST_DESCRIPTION,
}

export const NEWS_LIST: PagedList = {
  crumbs: [HOME_CRUMB, NEWS_CRUMB],
  path: newsListPath,
  title: (page) => listPageTitle(NEWS_LIST_TITLE, page),
  description: (page) =>
    page <= 1
      ? NEWS_LIST_DESCRIPTION
      : `Earlier Windows 12 news, page ${page}: dated updates, newest first, each labeled confirmed, expected or rumored.`,
}

export function faqSectionList(section: FaqSection): PagedList {
  return {
    crumbs: [HOME_CRUMB, FAQ_CRUMB, { name: section.heading, path: faqSectionPath(section.slug) }],
    path: (page) => faqSectionPath(section.slug, page),
    title: (page) => (page > 1 ? `${section.heading}: Windows 12 FAQ, page ${page}` : `${section.heading}: Windows 12 FAQ`),
    description: () =>
      `Windows 12 questions and answers: ${section.heading.toLowerCase()}. Short, honest answers; where Microsoft has not said anything yet, the answer says so.`,
  }
}

/** Where page `page` of `list` sits: the list's trail, then "Page N" after the first page. */
export const pagedListTrail = (list: PagedList, page: number): Crumb[] => listTrail(list.crumbs, page, list.path)

export function pagedListMetadata(list: PagedList, page: number, siteName: string): Metadata {
  return pageMetadata({ title: list.title(page), description: list.description(page), path: list.path(page), siteName })
}

/** The trail of a page of a list of documents, and its structured data: a CollectionPage with that trail. */
export function collectionPageParts(list: PagedList, page: number, siteName: string): { trail: Crumb[]; jsonLd: Graph } {
  const trail = pagedListTrail(list, page)
  const jsonLd = listPageJsonLd({ site: { name: siteName }, title: list.title(page), description: list.description(page), path: list.path(page), trail })
  return { trail, jsonLd }
}
