import Link from 'next/link'
import { StudioLoader } from '@/components/studio/StudioLoader'
import { HOME_PATH } from '@/lib/urls'
import { dataset, projectId } from '@/sanity/env'

/*
 * The embedded Sanity Studio, at /studio and every path below it (the Studio routes its tools itself).
 * The page is the same for every visitor, so it is built once; the Studio then runs in the browser.
 * Without a project id there is nothing to edit: the page explains how to connect one, and the Studio's
 * JavaScript is neither sent nor even built (next.config.ts leaves it out of such a build).
 */
export const dynamic = 'force-static'

export default function StudioPage() {
  if (!projectId) return <ConnectAProject />
  return (
    <>
      <noscript>
        <p className="studio-loading">The Studio needs JavaScript. Turn it on in your browser to edit content.</p>
      </noscript>
      <StudioLoader />
    </>
  )
}

function ConnectAProject() {
  return (
    <main className="site-main studio-setup">
      <h1>Connect a Sanity project to use the Studio</h1>
      <p>
        The site is running on its embedded dataset (<code>sanity/seed/production.ndjson</code>), which is read-only. The
        Studio edits content stored in a Sanity project, and no project is configured.
      </p>
      <ol>
        <li>
          Create a project and a dataset (for example <code>{dataset}</code>) at <code>sanity.io/manage</code>.
        </li>
        <li>
          In the project’s API settings, add this site’s address (for example <code>http://localhost:3000</code>) as a
          CORS origin and allow credentials, so the Studio can sign in from here.
        </li>
        <li>
          Set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> (and <code>NEXT_PUBLIC_SANITY_DATASET</code> if the dataset is not{' '}
          <code>production</code>) in <code>.env.local</code> or in your hosting platform.
        </li>
        <li>
          Copy the seed content into the project: <code>npm exec -- sanity login</code>, then <code>npm run dataset:import</code>.
        </li>
        <li>
          Build and start the site again (<code>npm run serve</code>): these settings are read when the site is built.
        </li>
      </ol>
      <p>
        The editors’ guide (docs/editors.md in the repository) describes the whole editor’s path, including draft previews.
      </p>
      <p>
        <Link href={HOME_PATH}>Back to the site</Link>
      </p>
    </main>
  )
}
