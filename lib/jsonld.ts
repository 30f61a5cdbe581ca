import type { Article, BreadcrumbList, CollectionPage, FAQPage, Graph, HowTo, NewsArticle, Organization, Person, Thing, WebPage, WebSite, WithContext } from 'schema-dts'
import type { Crumb } from './breadcrumbs'
import { clampText, collapseWhitespace } from './text'
import { absoluteUrl } from './absolute-url'
import { HOME_PATH, safeExternalUrl } from './urls'

/**
 * Structured data (schema.org JSON-LD) for each kind of page. Every page gets one graph, rendered by
 * components/seo/JsonLd in one `<script type="application/ld+json">`.
 */

/** Google shows at most this many characters of an article's headline. */
const HEADLINE_MAX = 110

export type SiteIdentity = { name: string; description?: string | null }

/** The site's publisher: the editorial team behind it, named after the site. */
function organization(site: SiteIdentity): Organization {
  return { '@type': 'Organization', '@id': absoluteUrl(`${HOME_PATH}#organization`), name: site.name, url: absoluteUrl(HOME_PATH) }
}

const graph = (...nodes: Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': nodes })

/** The hub: the site itself and who publishes it. */
export function hubJsonLd(site: SiteIdentity): Graph {
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': absoluteUrl(`${HOME_PATH}#website`),
    name: site.name,
    url: absoluteUrl(HOME_PATH),
    inLanguage: 'en',
    publisher: { '@id': absoluteUrl(`${HOME_PATH}#organization`) },
    ...(site.description ? { description: collapseWhitespace(site.description) } : {}),
  }
  return graph(website, organization(site))
}

function breadcrumbListJsonLd(trail: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: collapseWhitespace(crumb.name),
      item: absoluteUrl(crumb.path),
    })),
  }
}

/** A steps block as the queries return it (see the `steps` Portable Text type). */
export type StepsBlock = {
  _type: 'steps'
  title?: string | null
  items?: ReadonlyArray<{ title?: string | null; detail?: string | null }> | null
}

const isStepsBlock = (member: unknown): member is StepsBlock =>
  typeof member === 'object' && member !== null && (member as { _type?: unknown })._type === 'steps'

/** One HowTo per steps block of a body that has at least one titled step; `pageTitle` names untitled blocks. */
function howToJsonLd(body: readonly unknown[] | null | undefined, pageTitle: string | null): HowTo[] {
  return (body ?? []).filter(isStepsBlock).flatMap((block) => {
    const steps = (block.items ?? []).filter((item) => collapseWhitespace(item.title))
    if (steps.length === 0) return []
    const howTo: HowTo = {
      '@type': 'HowTo',
      name: collapseWhitespace(block.title || pageTitle) || 'Steps',
      step: steps.map((item, index) => ({
        '@type': 'HowToStep',
        position: index + 1,
        name: collapseWhitespace(item.title),
        text: collapseWhitespace(item.detail) || collapseWhitespace(item.title),
      })),
    }
    return [howTo]
  })
}

export type ArticleInput = {
  site: SiteIdentity
  /** Null when the title field holds something that is not text; the last crumb of the trail stands in. */
  title: string | null
  description?: string
  path: string
  /** ISO datetimes. */
  publishedAt?: string
  modifiedAt?: string
  trail: readonly Crumb[]
  body?: readonly unknown[] | null
  /** The byline (a person document's name); without one the publisher is the author. */
  author?: string | null
}

function articleFields({ site, title, description, path, publishedAt, modifiedAt, trail, author }: ArticleInput) {
  const publisher = organization(site)
  const byline = collapseWhitespace(author)
  return {
    headline: clampText(title || trail.at(-1)?.name || site.name, HEADLINE_MAX),
    url: absoluteUrl(path),
    mainEntityOfPage: absoluteUrl(path),
    inLanguage: 'en',
    author: byline ? ({ '@type': 'Person', name: byline } satisfies Person) : publisher,
    publisher,
    ...(description ? { description } : {}),
    ...(publishedAt ? { datePublished: publishedAt } : {}),
    ...(modifiedAt ? { dateModified: modifiedAt } : {}),
  }
}

/** A guide: the article, where it sits in the site, and a HowTo for each of its steps blocks. */
export function guideJsonLd(input: ArticleInput): Graph {
  const article: Article = { '@type': 'Article', ...articleFields(input) }
  return graph(article, breadcrumbListJsonLd(input.trail), ...howToJsonLd(input.body, input.title))
}

type WebPageInput = Omit<ArticleInput, 'publishedAt' | 'body' | 'author'>

function webPageFields({ site, title, description, path, modifiedAt, trail }: WebPageInput) {
  return {
    name: collapseWhitespace(title || trail.at(-1)?.name || site.name),
    url: absoluteUrl(path),
    inLanguage: 'en',
    publisher: organization(site),
    ...(description ? { description } : {}),
    ...(modifiedAt ? { dateModified: modifiedAt } : {}),
  }
}

/** An editors' page (About, Editorial policy): a web page of the site, published by the same organization. */
export function pageJsonLd(input: WebPageInput): Graph {
  const page: WebPage = { '@type': 'WebPage', ...webPageFields(input) }
  return graph(page, breadcrumbListJsonLd(input.trail))
}

/** A page of a list (All guides, News): a collection of the site's pages, and where it sits in the site. */
export function listPageJsonLd(input: Omit<WebPageInput, 'modifiedAt'>): Graph {
  const page: CollectionPage = { '@type': 'CollectionPage', ...webPageFields(input) }
  return graph(page, breadcrumbListJsonLd(input.trail))
}

/** A news item: the article with the sources it cites (http(s) links only), and where it sits in the site. */
export function newsArticleJsonLd(
  input: ArticleInput & { sources?: ReadonlyArray<{ label?: string | null; url?: string | null }> | null },
): Graph {
  const citation = (input.sources ?? []).flatMap((source) => {
    const url = safeExternalUrl(source.url)
    return url ? [{ '@type': 'CreativeWork' as const, name: collapseWhitespace(source.label || url), url }] : []
  })
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    ...articleFields(input),
    ...(citation.length > 0 ? { citation } : {}),
  }
  return graph(article, breadcrumbListJsonLd(input.trail), ...howToJsonLd(input.body, input.title))
}

/**
 * An FAQ page: the questions it shows with their answers as plain text, and its breadcrumb trail when it has one.
 * Questions without an answer are left out.
 */
export function faqJsonLd(faqs: ReadonlyArray<{ question: string | null; answer: string }>, trail?: readonly Crumb[]): Graph {
  const page: FAQPage = {
    '@type': 'FAQPage',
    mainEntity: faqs
      .filter((faq) => collapseWhitespace(faq.question) && faq.answer.trim())
      .map((faq) => ({
        '@type': 'Question',
        name: collapseWhitespace(faq.question),
        acceptedAnswer: { '@type': 'Answer', text: faq.answer.trim() },
      })),
  }
  return trail ? graph(page, breadcrumbListJsonLd(trail)) : graph(page)
}

/**
 * JSON for the inside of a `<script>` element. JSON.stringify leaves `<`, `>` and `&` as they are, so a title
 * containing `</script>` would end the element and whatever follows would run; U+2028/U+2029 break older
 * JavaScript parsers. Each is written as a \u escape instead, which every JSON parser reads back as the same text.
 */
export function serializeJsonLd(data: Graph | Thing | WithContext<Thing>): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
