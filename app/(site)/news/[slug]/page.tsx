import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleLayout } from '@/components/article/ArticleLayout'
import { ArticleMeta, MetaItem } from '@/components/article/ArticleMeta'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { RichText } from '@/components/portable-text/RichText'
import { formatDate, isoDate } from '@/lib/dates'
import { headingOutline } from '@/lib/outline'
import { newsPrerenderCount } from '@/lib/site-config'
import { newsPath, safeExternalUrl } from '@/lib/urls'
import { getNewsItem, getNewsSlugs } from '@/sanity/lib/content'

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
  const item = await getNewsItem(slug)
  if (!item) return {}
  return {
    title: item.title,
    description: item.excerpt ?? undefined,
    alternates: { canonical: newsPath(item.slug) },
    openGraph: { type: 'article', publishedTime: isoDate(item.publishedAt), title: item.title, description: item.excerpt ?? undefined },
  }
}

export default async function NewsItemPage({ params }: Props) {
  const { slug } = await params
  const item = await getNewsItem(slug)
  if (!item) notFound()
  const outline = headingOutline(item.body, ['main', 'outline-title', 'sources-heading'])
  const published = formatDate(item.publishedAt)
  const sources = (item.sources ?? []).flatMap((source) => {
    const url = safeExternalUrl(source.url)
    return url ? [{ key: source._key, label: source.label || url, url }] : []
  })
  return (
    <ArticleLayout
      className="news-item"
      outline={outline}
      header={
        <>
          {/* Breadcrumbs slot (discovery work): above the title. */}
          <h1>{item.title}</h1>
          {item.excerpt ? <p className="lede">{item.excerpt}</p> : null}
          <ArticleMeta>
            {published ? (
              <MetaItem icon="calendar">
                Published <time dateTime={isoDate(item.publishedAt)}>{published}</time>
              </MetaItem>
            ) : null}
            <ClaimBadge status={item.status} />
          </ArticleMeta>
        </>
      }
    >
      <div className="prose">
        <RichText value={item.body} outline={outline} />
      </div>
      {/* Sources slot (editorial-trust work): after the body. */}
      {sources.length > 0 ? (
        <section className="sources" aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <ul>
            {sources.map((source) => (
              <li key={source.key}>
                <a href={source.url} rel="noopener noreferrer">
                  {source.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </ArticleLayout>
  )
}
