import type { Metadata } from 'next'
import Link from 'next/link'
import { ComparisonTable } from '@/components/comparison/ComparisonTable'
import { FaqList } from '@/components/faq/FaqList'
import { IsoStatus } from '@/components/hub/IsoStatus'
import { NewsList } from '@/components/news/NewsList'
import { RichText } from '@/components/portable-text/RichText'
import { JsonLd } from '@/components/seo/JsonLd'
import { hubJsonLd } from '@/lib/jsonld'
import { pageDescription, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { CHECKER_PATH, guidePath, HOME_PATH, RELEASE_CALENDAR_PATH } from '@/lib/urls'
import { getHub, getSiteSettings } from '@/sanity/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const siteName = settings?.title || FALLBACK_SITE_TITLE
  return pageMetadata({
    title: { absolute: settings?.tagline ? `${siteName}: ${settings.tagline}` : siteName },
    description: pageDescription(settings?.description, settings?.tagline),
    path: HOME_PATH,
    siteName,
  })
}

/** The hub: ISO status, one section per guide, the comparison, the latest news and the FAQ. */
export default async function HubPage() {
  const [hub, siteSettings] = await Promise.all([getHub(), getSiteSettings()])
  const settings = hub.settings
  return (
    <div className="hub">
      <JsonLd data={hubJsonLd({ name: siteSettings?.title || FALLBACK_SITE_TITLE, description: siteSettings?.description })} />
      <header className="hub-intro">
        <h1>{settings?.title || FALLBACK_SITE_TITLE}</h1>
        {settings?.tagline ? <p className="lede">{settings.tagline}</p> : null}
        <RichText value={settings?.hubIntro} />
      </header>

      <IsoStatus status={settings?.isoStatus} />

      <section className="hub-section" aria-labelledby="hub-tools">
        <h2 id="hub-tools">Check your PC, follow the dates</h2>
        <ul>
          <li>
            <Link href={CHECKER_PATH}>Can my PC run Windows 12?</Link> Compare your PC with the expected requirements.
          </li>
          <li>
            <a href={RELEASE_CALENDAR_PATH} type="text/calendar">
              Add to calendar
            </a>
            : the release milestones as an .ics file for your calendar app.
          </li>
        </ul>
      </section>

      {hub.guides.map((guide) => (
        <section key={guide._id} className="hub-section" aria-labelledby={`hub-${guide.slug}`}>
          <h2 id={`hub-${guide.slug}`}>{guide.title}</h2>
          <RichText value={guide.hubSummary} />
          <p className="read-more">
            <Link href={guidePath(guide.slug)}>
              Read the full guide<span className="visually-hidden">: {guide.title}</span> →
            </Link>
          </p>
        </section>
      ))}

      {hub.comparisonTable ? (
        <section className="hub-section" aria-label="Comparison">
          <ComparisonTable table={hub.comparisonTable} headingLevel={2} />
        </section>
      ) : null}

      <section className="hub-section" aria-labelledby="hub-news">
        <h2 id="hub-news">Latest Windows 12 news</h2>
        <NewsList items={hub.latestNews} headingLevel={3} />
        <p className="read-more">
          <Link href="/news">All news →</Link>
        </p>
      </section>

      {hub.faqs.length > 0 ? (
        <section className="hub-section" aria-labelledby="hub-faq">
          <h2 id="hub-faq">Frequently asked questions</h2>
          <FaqList faqs={hub.faqs} />
          <p className="read-more">
            <Link href="/faq">All questions →</Link>
          </p>
        </section>
      ) : null}
    </div>
  )
}
