import type { Metadata } from 'next'
import Link from 'next/link'
import { CheckerForm } from '@/components/checker/CheckerForm'
import { CheckerResult } from '@/components/checker/CheckerResult'
import { CheckerNotice } from '@/components/checker/CheckerNotice'
import { ClaimBadge } from '@/components/claims/ClaimBadge'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { toolTrail } from '@/lib/breadcrumbs'
import { checkMachine } from '@/lib/checker/evaluate'
import { readMachine } from '@/lib/checker/read-machine'
import { CHECKER_REQUIREMENTS } from '@/lib/checker/requirements'
import { pageMetadata } from '@/lib/metadata'
import { guideSectionFinder } from '@/lib/outline'
import { FALLBACK_SITE_TITLE } from '@/lib/site-config'
import { CHECKER_PATH, documentPath, guideSectionPath } from '@/lib/urls'
import { isClaimStatus } from '@/lib/vocabulary'
import { getCheckerRequirements, getSiteSettings } from '@/sanity/lib/content'
import { log } from '@/lib/log'

/*
 * Rendered per request from its query parameters (a result is a URL), against the requirements as they are in
 * the CMS now: a webhook for the requirements document changes the verdicts on the next request.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: 'Can my PC run Windows 12?',
    description: 'Enter your PC’s specs and compare them with the expected Windows 12 minimum and recommended requirements, line by line.',
    path: CHECKER_PATH,
    siteName: settings?.title || FALLBACK_SITE_TITLE,
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** What the claim status means for these requirements, in a sentence. */
const STATUS_SENTENCES = {
  confirmed: 'Microsoft has published these requirements.',
  expected: 'These requirements are expected, not confirmed: Microsoft has published none for Windows 12 yet. They will change if Microsoft’s list differs.',
  rumored: 'These requirements are rumored, not confirmed: Microsoft has published none for Windows 12 yet.',
} as const

export default async function CheckerPage({ searchParams }: Props) {
  const machine = readMachine(await searchParams)
  let requirements: Awaited<ReturnType<typeof getCheckerRequirements>> = null
  try {
    requirements = await getCheckerRequirements()
  } catch (error) {
    log.error('checker', `the requirements could not be read: ${error instanceof Error ? error.message : 'unknown error'}`, { route: '/can-my-pc-run-windows-12' })
  }
  const status = requirements && isClaimStatus(requirements.status) ? requirements.status : null
  const qualifier = status === 'confirmed' ? '' : `${(status ?? 'expected')} `

  // Each line links to the guide section that explains where to find the value, when the guide has it.
  const guide = requirements?.guide
  const sectionOf = guideSectionFinder(guide?.headings ?? [])
  const howToCheck: Record<string, string> = {}
  if (guide?.slug) {
    for (const requirement of CHECKER_REQUIREMENTS) {
      const section = sectionOf(requirement.section)
      howToCheck[requirement.param] = section ? guideSectionPath(guide.slug, section) : documentPath('guide', guide.slug)
    }
  }

  const showResult = machine.submitted && Object.keys(machine.errors).length === 0 && requirements !== null
  return (
    <div>
      <header className="article-header">
        <Breadcrumbs trail={toolTrail('Can my PC run Windows 12?', CHECKER_PATH)} />
        <h1>Can my PC run Windows 12?</h1>
        <p className="lede">Enter what you know about your PC to compare it with the Windows 12 requirements, one line per requirement.</p>
      </header>
      {requirements ? (
        <CheckerNotice>
          <p>
            <strong>{requirements.title}</strong> <ClaimBadge status={status} />
          </p>
          {status ? <p>{STATUS_SENTENCES[status]}</p> : null}
          {requirements.summary ? <p>{requirements.summary}</p> : null}
          {guide?.slug ? (
            <p>
              The full list and how to check each item: <Link href={documentPath('guide', guide.slug)}>{guide.title}</Link>.
            </p>
          ) : null}
        </CheckerNotice>
      ) : (
        <CheckerNotice status>
          <p>The requirements cannot be read right now, so no result can be given. Please try again in a minute.</p>
        </CheckerNotice>
      )}
      {showResult ? <CheckerResult check={checkMachine(machine.amounts, requirements?.minimum, requirements?.recommended)} qualifier={qualifier} howToCheck={howToCheck} /> : null}
      <CheckerForm machine={machine} />
    </div>
  )
}
