import type { Metadata } from 'next'
import Link from 'next/link'
import { ComparisonTable } from '@/components/comparison/ComparisonTable'
import { FaqList } from '@/components/faq/FaqList'
import { GuideCards } from '@/components/guides/GuideCard'
import { groupGuides, guideIcons } from '@/components/guides/guide-groups'
import { IsoStatus } from '@/components/hub/IsoStatus'
import { ReleaseWindow } from '@/components/hub/ReleaseWindow'
import { ToolCard } from '@/components/hub/ToolCard'
import { Icon } from '@/components/icons/Icon'
import { NewsList } from '@/components/news/NewsList'
import { RichText } from '@/components/portable-text/RichText'
import { JsonLd } from '@/components/seo/JsonLd'
import { hubJsonLd } from '@/lib/jsonld'
import { pageDescription, pageMetadata } from '@/lib/metadata'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { CHECKER_PATH, FAQ_PATH, GUIDES_PATH, HOME_PATH, NEWS_PATH, RELEASE_CALENDAR_PATH } from '@/lib/urls'
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

/**
 * The hub: the answers most readers come for (ISO status, release window) beside the introduction, the reader
 * tools, then the navigation's guides as cards in its groups (a link to all guides), the latest news, the comparison and an FAQ preview.
 */
export default async function HubPage() {
  const [hub, settings] = await Promise.all([getHub(), getSiteSettings()])
  const intro = hub.settings
  const icons = guideIcons(settings?.navigation)
  // A bounded selection: the navigation's guides in its groups (see getHub); every guide is on /guides.
  const groups = groupGuides(hub.guides, settings?.navigation, 'Popular guides')
  return (
    <div className="hub">
      <JsonLd data={hubJsonLd({ name: settings?.title || FALLBACK_SITE_TITLE, description: settings?.description })} />
      <section className="hub-hero" aria-labelledby="hub-title">
        <div className="hub-title">
          <h1 id="hub-title">{intro?.title || FALLBACK_SITE_TITLE}</h1>
          {intro?.tagline ? <p className="lede">{intro.tagline}</p> : null}
        </div>
        <div className="hub-status">
          <IsoStatus status={intro?.isoStatus} />
          <ReleaseWindow release={intro?.release} guide={hub.timelineGuide} />
        </div>
        <div className="hub-intro prose">
          <RichText value={intro?.hubIntro} />
        </div>
      </section>

      <section className="hub-section" aria-labelledby="hub-tools">
        <h2 id="hub-tools">Check your PC, follow the dates</h2>
        <ul className="card-grid tool-cards">
          <ToolCard icon="chip" link={<Link href={CHECKER_PATH}>Can my PC run Windows 12?</Link>} text="Compare your PC with the expected requirements." />
          <ToolCard
            icon="calendar"
            link={
              <a href={RELEASE_CALENDAR_PATH} type="text/calendar">
                Add to calendar
              </a>
            }
            text="The release milestones as an .ics file for your calendar app."
          />
        </ul>
      </section>

      {groups.length > 0 ? (
        <section className="hub-section" aria-labelledby="hub-guides">
          <div className="section-head">
            <h2 id="hub-guides">Guides</h2>
            <Link href={GUIDES_PATH} className="section-link">
              All guides <Icon name="arrow-right" size={16} />
            </Link>
          </div>
          {groups.map((group) => (
            <div key={group.key} className="hub-group">
              <h3 className="hub-group-title">{group.title}</h3>
              <GuideCards guides={group.guides} icons={icons} headingLevel={4} />
            </div>
          ))}
        </section>
      ) : null}

      <section className="hub-section" aria-labelledby="hub-news">
        <div className="section-head">
          <h2 id="hub-news">Latest Windows 12 news</h2>
          <Link href={NEWS_PATH} className="section-link">
            All news <Icon name="arrow-right" size={16} />
          </Link>
        </div>
        <NewsList items={hub.latestNews} headingLevel={3} layout="grid" />
      </section>

      {hub.comparisonTable ? (
        <section className="hub-section" aria-label="Comparison">
          <ComparisonTable table={hub.comparisonTable} headingLevel={2} />
        </section>
      ) : null}

      {hub.faqs.length > 0 ? (
        <section className="hub-section" aria-labelledby="hub-faq">
          <div className="section-head">
            <h2 id="hub-faq">Frequently asked questions</h2>
            <Link href={FAQ_PATH} className="section-link">
              All questions <Icon name="arrow-right" size={16} />
            </Link>
          </div>
          <FaqList faqs={hub.faqs} />
        </section>
      ) : null}
    </div>
  )
}
