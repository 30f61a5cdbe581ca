import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/portable-text/RichText'
import { ChangeLog } from '@/components/trust/ChangeLog'
import { GuideMeta } from '@/components/trust/GuideMeta'
import { SourcesList } from '@/components/trust/SourcesList'
import { StaleNotice } from '@/components/trust/StaleNotice'
import { numberSources } from '@/components/trust/sources'
import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbTrail } from '@/lib/breadcrumbs'
import { isoDate } from '@/lib/dates'
import { guideJsonLd } from '@/lib/jsonld'
import { contentDescription, pageMetadata } from '@/lib/metadata'
import { guideModifiedAt } from '@/lib/review'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { guidePath } from '@/lib/urls'
import { getGuide, getGuideSlugs, getSiteSettings } from '@/sanity/lib/content'

type Props = { params: Promise<{ slug: string }> }

/** Guides known at build time are prerendered; one added later renders on its first request (dynamicParams). */
export async function generateStaticParams() {
  const slugs = await getGuideSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [guide, settings] = await Promise.all([getGuide(slug), getSiteSettings()])
  if (!guide) return {}
  return pageMetadata({
    title: guide.seo?.title || guide.title,
    description: contentDescription({ description: guide.seo?.description, body: guide.body }),
    path: guidePath(guide.slug),
    siteName: settings?.title || FALLBACK_SITE_TITLE,
    article: { publishedTime: isoDate(guide._createdAt), modifiedTime: isoDate(guideModifiedAt(guide)) },
  })
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  const [guide, settings] = await Promise.all([getGuide(slug), getSiteSettings()])
  if (!guide) notFound()
  const sources = numberSources(guide.sources)
  const trail = breadcrumbTrail({ kind: 'guide', title: guide.title, slug: guide.slug })
  // A related guide that was deleted dereferences to null: it is simply left out.
  const related = (guide.related ?? []).filter((item) => item !== null && Boolean(item.slug))
  return (
    <article className="guide">
      <JsonLd
        data={guideJsonLd({
          site: { name: settings?.title || FALLBACK_SITE_TITLE },
          title: guide.title,
          description: contentDescription({ description: guide.seo?.description, body: guide.body }),
          path: guidePath(guide.slug),
          publishedAt: isoDate(guide._createdAt),
          modifiedAt: isoDate(guideModifiedAt(guide)),
          trail,
          body: guide.body,
        })}
      />
      <header>
        <Breadcrumbs trail={trail} />
        <h1>{guide.title}</h1>
        <GuideMeta reviewedAt={guide.reviewedAt} author={guide.author} reviewer={guide.reviewer} updates={guide.updates} />
        <StaleNotice reviewedAt={guide.reviewedAt} now={new Date()} />
      </header>
      <div className="prose">
        <RichText value={guide.body} sources={sources} />
      </div>
      <SourcesList sources={sources} />
      <ChangeLog updates={guide.updates} />
      {related.length > 0 ? (
        <aside className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related guides</h2>
          <ul>
            {related.map((item) => (
              <li key={item._id}>
                <Link href={guidePath(item.slug)}>{item.title}</Link>
                {item.description ? <p>{item.description}</p> : null}
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </article>
  )
}
