import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/portable-text/RichText'
import { Byline } from '@/components/trust/Byline'
import { SourcesList } from '@/components/trust/SourcesList'
import { SupersededNotice } from '@/components/trust/SupersededNotice'
import { numberSources } from '@/components/trust/sources'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbTrail } from '@/lib/breadcrumbs'
import { formatDate, isoDate, latestDate } from '@/lib/dates'
import { newsArticleJsonLd } from '@/lib/jsonld'
import { contentDescription, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE, newsPrerenderCount } from '@/lib/site-config'
import { newsPath } from '@/lib/urls'
import { getNewsItem, getNewsSlugs, getSiteSettings } from '@/sanity/lib/content'

type Props = { params: Promise<{ slug: string }> }

/**
 * Only the newest items are prerendered (NEWS_PRERENDER_COUNT), so the build does not grow with the archive; older
 * ones render on their first request and are cached from then on.
 */
export async function generateStaticParams() {
  const slugs = await getNewsSlugs()
  return slugs.slice(0, newsPrerenderCount).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [item, settings] = await Promise.all([getNewsItem(slug), getSiteSettings()])
  if (!item) return {}
  return pageMetadata({
    title: item.title,
    description: contentDescription({ excerpt: item.excerpt, body: item.body }),
    path: newsPath(item.slug),
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
  return (
    <article className="news-item">
      <JsonLd
        data={newsArticleJsonLd({
          site: { name: settings?.title || FALLBACK_SITE_TITLE },
          title: item.title,
          description: contentDescription({ excerpt: item.excerpt, body: item.body }),
          path: newsPath(item.slug),
          publishedAt: isoDate(item.publishedAt),
          modifiedAt: latestDate([item.publishedAt, item._updatedAt]),
          trail,
          body: item.body,
          sources: item.sources,
        })}
      />
      <header>
        <Breadcrumbs trail={trail} />
        <p className="news-meta">
          <time dateTime={isoDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time>
          {item.author?.name ? ' · ' : null}
          <Byline author={item.author} /> <ClaimBadge status={item.status} />
        </p>
        <h1>{item.title}</h1>
        {item.excerpt ? <p className="lede">{item.excerpt}</p> : null}
        <SupersededNotice newer={item.supersededBy} />
      </header>
      <div className="prose">
        <RichText value={item.body} sources={sources} />
      </div>
      <SourcesList sources={sources} />
    </article>
  )
}
