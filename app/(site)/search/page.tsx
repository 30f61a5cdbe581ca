import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { SearchBox } from '@/components/search/SearchBox'
import { SearchResults } from '@/components/search/SearchResults'
import { PopularGuides, SearchNotice } from '@/components/search/SearchNotice'
import { toolTrail } from '@/lib/breadcrumbs'
import { feedAlternateTypes } from '@/lib/metadata'
import { pageCount } from '@/lib/pagination'
import { SEARCH_PAGE_SIZE, readSearchPage, readSearchQuery, searchTerms } from '@/lib/search'
import { HOME_PATH, SEARCH_PATH, searchPath } from '@/lib/urls'
import { getPopularGuides, getSearchResults } from '@/sanity/lib/content'
import { log } from '@/lib/log'

/*
 * Rendered for every request and never written to the ISR cache, so made-up queries cannot fill the disk; shared
 * caches may keep a results page for a minute (Cache-Control in next.config.ts). Results pages are not indexed.
 */
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = readSearchQuery((await searchParams).q)
  return {
    title: query ? `Search: ${query}` : 'Search',
    robots: { index: false, follow: true },
    // No canonical (a results page is not indexed); the feeds are announced as on every page.
    alternates: { canonical: null, types: feedAlternateTypes },
  }
}

async function popularGuides() {
  try {
    return await getPopularGuides()
  } catch {
    return []
  }
}

/** Shown for an empty query or one without words: what to type, and where most readers go. */
async function SearchHint({ query }: { query: string }) {
  const guides = await popularGuides()
  return (
    <>
      <SearchNotice>
        {query ? (
          <p>
            “{query}” has no words to search for. Try words such as <Link href={searchPath('TPM')}>TPM</Link>,{' '}
            <Link href={searchPath('release date')}>release date</Link> or <Link href={searchPath('ISO')}>ISO</Link>.
          </p>
        ) : (
          <p>
            Type one or more words, for example <Link href={searchPath('TPM')}>TPM</Link>,{' '}
            <Link href={searchPath('bootable USB')}>bootable USB</Link> or <Link href={searchPath('release date')}>release date</Link>.
            Guides, news and FAQ answers that contain every word are listed, the best matches first.
          </p>
        )}
      </SearchNotice>
      <PopularGuides guides={guides} />
    </>
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = readSearchQuery(params.q)
  const terms = searchTerms(query)
  const page = readSearchPage(params.page)
  let body: React.ReactNode
  if (terms.length === 0) {
    body = <SearchHint query={query} />
  } else {
    let found: Awaited<ReturnType<typeof getSearchResults>> | null = null
    try {
      found = await getSearchResults(terms, page)
    } catch (error) {
      log.error('search', `the content source failed: ${error instanceof Error ? error.message : 'unknown error'}`, { route: '/search' })
    }
    if (!found) {
      body = (
        <SearchNotice status>
          <p>
            Search is not available right now. Please try again in a minute, or browse the <Link href={HOME_PATH}>guides on the home page</Link>.
          </p>
        </SearchNotice>
      )
    } else {
      const pages = pageCount(found.total, SEARCH_PAGE_SIZE)
      body = (
        <>
          <SearchResults query={query} terms={terms} total={found.total} page={page} pageCount={pages} results={found.results} />
          {found.total === 0 ? <SearchHint query="" /> : null}
        </>
      )
    }
  }
  return (
    <div>
      <header className="article-header">
        <Breadcrumbs trail={toolTrail('Search', SEARCH_PATH)} />
        <h1>Search</h1>
      </header>
      <SearchBox id="search-page-query" query={query} label="Search guides, news and answers" />
      {body}
    </div>
  )
}
