import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleLayout } from '@/components/article/ArticleLayout'
import { ArticleMeta, MetaItem } from '@/components/article/ArticleMeta'
import { GuideCards } from '@/components/guides/GuideCard'
import { guideIcons } from '@/components/guides/guide-groups'
import { RichText } from '@/components/portable-text/RichText'
import { formatDate, isoDate } from '@/lib/dates'
import { headingOutline } from '@/lib/outline'
import { readingTimeLabel } from '@/lib/reading-time'
import { guidePath, pagePath } from '@/lib/urls'
import { getGuide, getGuideSlugs, getPage, getPageSlugs, getSiteSettings } from '@/sanity/lib/content'

type Props = { params: Promise<{ slug: string }> }

/**
 * Guides and pages (About, Editorial policy...) share the top-level addresses; the Studio keeps their slugs
 * unique across both types. Those known at build time are prerendered; one added later renders on its first
 * request (dynamicParams).
 */
export async function generateStaticParams() {
  const [guides, pages] = await Promise.all([getGuideSlugs(), getPageSlugs()])
  return [...guides, ...pages].map((slug) => ({ slug }))
}

/** Ids the page itself uses, which a heading must not take. */
const PAGE_IDS = ['main', 'outline-title', 'related-heading']

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const guide = await getGuide(slug)
  if (guide) {
    return {
      title: guide.seo?.title || guide.title,
      description: guide.seo?.description ?? undefined,
      alternates: { canonical: guidePath(guide.slug) },
      openGraph: { type: 'article', title: guide.seo?.title || guide.title, description: guide.seo?.description ?? undefined },
    }
  }
  const page = await getPage(slug)
  if (!page) return {}
  return {
    title: page.seo?.title || page.title,
    description: page.seo?.description ?? undefined,
    alternates: { canonical: pagePath(page.slug) },
  }
}

export default async function GuideOrPage({ params }: Props) {
  const { slug } = await params
  const guide = await getGuide(slug)
  if (guide) return <Guide guide={guide} />
  const page = await getPage(slug)
  if (!page) notFound()
  const outline = headingOutline(page.body, PAGE_IDS)
  return (
    <ArticleLayout className="page" outline={outline} header={<h1>{page.title}</h1>}>
      <div className="prose">
        <RichText value={page.body} outline={outline} />
      </div>
    </ArticleLayout>
  )
}

async function Guide({ guide }: { guide: NonNullable<Awaited<ReturnType<typeof getGuide>>> }) {
  const settings = await getSiteSettings()
  const reviewed = formatDate(guide.reviewedAt)
  const readingTime = readingTimeLabel(guide.wordCount)
  const outline = headingOutline(guide.body, PAGE_IDS)
  // A related guide that was deleted dereferences to null: it is simply left out.
  const related = (guide.related ?? []).filter((item) => item !== null && Boolean(item.slug))
  return (
    <ArticleLayout
      className="guide"
      outline={outline}
      header={
        <>
          {/* Breadcrumbs slot (discovery work): above the title. */}
          <h1>{guide.title}</h1>
          <ArticleMeta>
            {reviewed ? (
              <MetaItem icon="calendar">
                Facts reviewed <time dateTime={isoDate(guide.reviewedAt)}>{reviewed}</time>
              </MetaItem>
            ) : null}
            {readingTime ? <MetaItem icon="clock">{readingTime}</MetaItem> : null}
          </ArticleMeta>
        </>
      }
      footer={
        related.length > 0 ? (
          <section className="related" aria-labelledby="related-heading">
            <h2 id="related-heading">Related guides</h2>
            <GuideCards guides={related} icons={guideIcons(settings?.navigation)} headingLevel={3} />
          </section>
        ) : null
      }
    >
      <div className="prose">
        <RichText value={guide.body} outline={outline} />
      </div>
      {/* Sources and change log slot (editorial-trust work): after the body. */}
    </ArticleLayout>
  )
}
