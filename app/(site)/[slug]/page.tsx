import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleLayout } from '@/components/article/ArticleLayout'
import { GuideCards } from '@/components/guides/GuideCard'
import { guideIcons } from '@/components/guides/guide-groups'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/portable-text/RichText'
import { JsonLd } from '@/components/seo/JsonLd'
import { ChangeLog } from '@/components/trust/ChangeLog'
import { GuideMeta } from '@/components/trust/GuideMeta'
import { SourcesList } from '@/components/trust/SourcesList'
import { StaleNotice } from '@/components/trust/StaleNotice'
import { numberSources } from '@/components/trust/sources'
import { breadcrumbTrail } from '@/lib/breadcrumbs'
import { isoDate } from '@/lib/dates'
import { guideJsonLd, pageJsonLd } from '@/lib/jsonld'
import { contentDescription, pageMetadata } from '@/lib/metadata'
import { endSections, GUIDE_PAGE_IDS, headingOutline } from '@/lib/outline'
import { readingTimeLabel } from '@/lib/reading-time'
import { guideModifiedAt } from '@/lib/review'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { documentPath } from '@/lib/urls'
import { getGuide, getGuideSlugs, getPage, getPageSlugs, getSiteSettings } from '@/sanity/lib/content'
import { guidePrerenderCount } from '@/lib/site-config'

type Props = { params: Promise<{ slug: string }> }
type Guide = NonNullable<Awaited<ReturnType<typeof getGuide>>>
type EditorsPage = NonNullable<Awaited<ReturnType<typeof getPage>>>

/**
 * Guides and pages (About, Editorial policy...) share the top-level addresses; the Studio keeps their slugs
 * unique across both types. Those known at build time are prerendered; one added later renders on its first
 * request (dynamicParams).
 */
export async function generateStaticParams() {
  const [guides, pages] = await Promise.all([getGuideSlugs(guidePrerenderCount), getPageSlugs()])
  return [...guides, ...pages].map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [guide, settings] = await Promise.all([getGuide(slug), getSiteSettings()])
  const siteName = settings?.title || FALLBACK_SITE_TITLE
  if (guide) {
    return pageMetadata({
      title: guide.seo?.title || guide.title,
      description: contentDescription({ description: guide.seo?.description, body: guide.body }),
      path: documentPath('guide', guide.slug),
      siteName,
      article: { publishedTime: isoDate(guide._createdAt), modifiedTime: guideModifiedAt(guide) },
    })
  }
  const page = await getPage(slug)
  if (!page) return {}
  return pageMetadata({
    title: page.seo?.title || page.title,
    description: contentDescription({ description: page.seo?.description, body: page.body }),
    path: documentPath('page', page.slug),
    siteName,
  })
}

export default async function GuideOrPage({ params }: Props) {
  const { slug } = await params
  const [guide, settings] = await Promise.all([getGuide(slug), getSiteSettings()])
  const siteName = settings?.title || FALLBACK_SITE_TITLE
  if (guide) return <GuideArticle guide={guide} siteName={siteName} navigation={settings?.navigation} />
  const page = await getPage(slug)
  if (!page) notFound()
  return <EditorsPageArticle page={page} siteName={siteName} />
}

function GuideArticle({ guide, siteName, navigation }: { guide: Guide; siteName: string; navigation: Parameters<typeof guideIcons>[0] }) {
  const sources = numberSources(guide.sources)
  const trail = breadcrumbTrail({ kind: 'guide', title: guide.title, slug: guide.slug })
  const outline = [
    ...headingOutline(guide.body, GUIDE_PAGE_IDS),
    ...endSections({ sources: sources.length > 0, changeLog: (guide.updates ?? []).length > 0 }),
  ]
  // A related guide that was deleted dereferences to null: it is simply left out.
  const related = (guide.related ?? []).filter((item) => item !== null && Boolean(item.slug))
  return (
    <ArticleLayout
      className="guide"
      outline={outline}
      header={
        <>
          <JsonLd
            data={guideJsonLd({
              site: { name: siteName },
              title: guide.title,
              description: contentDescription({ description: guide.seo?.description, body: guide.body }),
              path: documentPath('guide', guide.slug),
              publishedAt: isoDate(guide._createdAt),
              modifiedAt: guideModifiedAt(guide),
              trail,
              body: guide.body,
              author: guide.author?.name,
            })}
          />
          <Breadcrumbs trail={trail} />
          <h1>{guide.title}</h1>
          <GuideMeta
            reviewedAt={guide.reviewedAt}
            author={guide.author}
            reviewer={guide.reviewer}
            updates={guide.updates}
            readingTime={readingTimeLabel(guide.wordCount)}
          />
          <StaleNotice reviewedAt={guide.reviewedAt} now={new Date()} />
        </>
      }
      footer={
        related.length > 0 ? (
          <section className="related" aria-labelledby="related-heading">
            <h2 id="related-heading">Related guides</h2>
            <GuideCards guides={related} icons={guideIcons(navigation)} headingLevel={3} />
          </section>
        ) : null
      }
    >
      <div className="prose">
        <RichText value={guide.body} outline={outline} sources={sources} />
      </div>
      <SourcesList sources={sources} />
      <ChangeLog updates={guide.updates} />
    </ArticleLayout>
  )
}

function EditorsPageArticle({ page, siteName }: { page: EditorsPage; siteName: string }) {
  const trail = breadcrumbTrail({ kind: 'page', title: page.title, slug: page.slug })
  const outline = headingOutline(page.body, GUIDE_PAGE_IDS)
  return (
    <ArticleLayout
      className="page"
      outline={outline}
      header={
        <>
          <JsonLd
            data={pageJsonLd({
              site: { name: siteName },
              title: page.title,
              description: contentDescription({ description: page.seo?.description, body: page.body }),
              path: documentPath('page', page.slug),
              modifiedAt: isoDate(page._updatedAt),
              trail,
            })}
          />
          <Breadcrumbs trail={trail} />
          <h1>{page.title}</h1>
        </>
      }
    >
      <div className="prose">
        <RichText value={page.body} outline={outline} />
      </div>
    </ArticleLayout>
  )
}
