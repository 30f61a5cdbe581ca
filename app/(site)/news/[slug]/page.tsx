import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleLayout } from '@/components/article/ArticleLayout'
import { ArticleMeta, MetaItem } from '@/components/article/ArticleMeta'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/portable-text/RichText'
import { JsonLd } from '@/components/seo/JsonLd'
import { Byline } from '@/components/trust/Byline'
import { SourcesList } from '@/components/trust/SourcesList'
import { SupersededNotice } from '@/components/trust/SupersededNotice'
import { numberSources } from '@/components/trust/sources'
import { breadcrumbTrail } from '@/lib/breadcrumbs'
import { formatDate, isoDate, latestDate } from '@/lib/dates'
import { newsArticleJsonLd } from '@/lib/jsonld'
import { contentDescription, pageMetadata } from '@/lib/metadata'
import { endSections, headingOutline } from '@/lib/outline'
import { FALLBACK_SITE_TITLE, newsPrerenderCount } from '@/lib/site-config'
import { documentPath } from '@/lib/urls'
import { getNewsItem, getNewsSlugs, getSiteSettings } from '@/sanity/lib/content'

type Props = { params: Promise<{ slug: string }> }

/**
 * Only the newest items are prerendered (NEWS_PRERENDER_COUNT), so the build does not grow with the archive; older
 * ones render on their first request and are cached from then on.
 */
export async function generateStaticParams() {
  const slugs = await getNewsSlugs(newsPrerenderCount)
  return slugs.map((slug) => ({ slug }))
}

/** Ids the page itself uses, which a heading must not take. */
const PAGE_IDS = ['main', 'outline-title', 'sources-heading']

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [item, settings] = await Promise.all([getNewsItem(slug), getSiteSettings()])
  if (!item) return {}
  return pageMetadata({
    title: item.title,
    description: contentDescription({ excerpt: item.excerpt, body: item.body }),
    path: documentPath('newsItem', item.slug),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
    article: { publishedTime: isoDate(item.publishedAt), modifiedTime: latestDate([item.publishedAt, item._updatedAt]) },
  })
}

export default async function NewsItemPage({ params }: Props) {
  const { slug } = await params
  const [item, settings] = await Promise.all([getNewsItem(slug), getSiteSettings()])
  if (!item) notFound()
  const sources = numberSources(item.sources)
  const trail = breadcrumbTrail({ kind: 'newsItem', title: item.title, slug: item.slug })
  const outline = [...headingOutline(item.body, PAGE_IDS), ...endSections({ sources: sources.length > 0, changeLog: false })]
  const published = formatDate(item.publishedAt)
  return (
    <ArticleLayout
      className="news-item"
      outline={outline}
      header={
        <>
          <JsonLd
            data={newsArticleJsonLd({
              site: { name: settings?.title || FALLBACK_SITE_TITLE },
              title: item.title,
              description: contentDescription({ excerpt: item.excerpt, body: item.body }),
              path: documentPath('newsItem', item.slug),
              publishedAt: isoDate(item.publishedAt),
              modifiedAt: latestDate([item.publishedAt, item._updatedAt]),
              trail,
              body: item.body,
              author: item.author?.name,
              sources: item.sources,
            })}
          />
          <Breadcrumbs trail={trail} />
          <h1>{item.title}</h1>
          {item.excerpt ? <p className="lede">{item.excerpt}</p> : null}
          <ArticleMeta>
            {published ? (
              <MetaItem icon="calendar">
                Published <time dateTime={isoDate(item.publishedAt)}>{published}</time>
              </MetaItem>
            ) : null}
            {item.author?.name ? (
              <MetaItem icon="person">
                <Byline author={item.author} />
              </MetaItem>
            ) : null}
            <ClaimBadge status={item.status} />
          </ArticleMeta>
          <SupersededNotice newer={item.supersededBy} />
        </>
      }
    >
      <div className="prose">
        <RichText value={item.body} outline={outline} sources={sources} />
      </div>
      <SourcesList sources={sources} />
    </ArticleLayout>
  )
}
