import { startHostedSite, stopHostedSite, webhookEnv } from '../support/hosted-site'
import type { SanityStandIn, StandInDocument } from '../support/sanity-api-standin'
import type { SharedSite } from '../support/shared-builds'
import { loadSeed } from '../support/seed'
import { sendSignedWebhook } from '../support/webhook'
import { until } from '../support/poll'

/*
 * What the per-request pages (search, the PC checker) cost the content source, on the hosted build against the
 * local stand-in of Sanity's API, which records every query it answers: the site settings, the navigation and the
 * checker's requirements come from the tagged cache (one query, then none until a webhook expires them), and a
 * search asks Sanity once per distinct set of words and page.
 */
jest.setTimeout(300_000)

const SECRET = 'dynamic-reads-secret'
const seed = loadSeed()
const settings = seed.find((document) => document._id === 'siteSettings') as StandInDocument

let standIn: SanityStandIn
let site: SharedSite

beforeAll(async () => {
  ;({ standIn, site } = await startHostedSite(seed, webhookEnv(SECRET)))
})
afterAll(() => stopHostedSite({ site, standIn }))

async function html(route: string): Promise<string> {
  const response = await fetch(site.url + route)
  expect(response.status).toBe(200)
  return response.text()
}

/** The queries the stand-in answered since `from`, by what they read. */
function queriesSince(from: number) {
  const queries = standIn.requests.slice(from).map((request) => request.query)
  return {
    settings: queries.filter((query) => query.startsWith('*[_id == "siteSettings"][0]')).length,
    checker: queries.filter((query) => query.startsWith('*[_type == "requirements"]')).length,
    search: queries.filter((query) => query.includes('match $pattern')).length,
  }
}

it('renders search and checker pages without asking Sanity again for the settings, navigation or requirements', async () => {
  // First requests: the reads are made once and kept under their tags.
  await html('/search?q=TPM')
  await html('/can-my-pc-run-windows-12')
  const from = standIn.requests.length
  for (let index = 0; index < 5; index++) {
    await html(`/search?q=${encodeURIComponent(`release date ${index}`)}`)
    await html(`/can-my-pc-run-windows-12?ram=${index + 1}`)
  }
  expect(queriesSince(from)).toEqual({ settings: 0, checker: 0, search: 5 })
})

it('asks Sanity once for repeated searches of the same words and page, however they are typed', async () => {
  await html('/search?q=bootable+USB')
  const from = standIn.requests.length
  await html('/search?q=bootable+USB')
  await html('/search?q=%20USB%20%20bootable%20')
  await html('/search?q=BOOTABLE%20usb')
  expect(queriesSince(from).search).toBe(0)
  await html('/search?q=bootable+USB&page=2')
  expect(queriesSince(from).search).toBe(1)
})

it('shows a settings change on the search page once the webhook has expired its tags', async () => {
  await html('/search?q=TPM')
  standIn.upsert({ ...settings, title: 'Windows 12 Guide, renamed' })
  const hook = await sendSignedWebhook(site.url, { _type: 'siteSettings', _id: 'siteSettings', renamed: true }, SECRET)
  expect(hook.status).toBe(200)
  const titleOf = async () => /<title>([^<]*)<\/title>/.exec(await html('/search?q=TPM'))?.[1] ?? ''
  const title = await until('the renamed title on the search page', async () => {
    const current = await titleOf()
    return current.includes('Windows 12 Guide, renamed') && current
  })
  expect(title).toBe('Search: TPM | Windows 12 Guide, renamed')
})
