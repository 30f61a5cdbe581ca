/**
 * @jest-environment node
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { searchTerms } from '@/lib/search'
import { loadSeed, toNdjson } from '../support/seed'
import { until } from '../support/poll'

/*
 * The embedded source's search index follows the dataset file: an edited file (a new version, as after an import
 * or `npm run dataset:import`) is searched without a restart. The previous index answers while the new one is
 * built, so the new document shows up within a few searches.
 */
jest.mock('server-only', () => ({}))
jest.setTimeout(60_000)

const file = path.join(mkdtempSync(path.join(tmpdir(), 'w12-site-search-')), 'dataset.ndjson')
const seed = loadSeed()

beforeAll(() => {
  writeFileSync(file, toNdjson(seed))
  process.env.SANITY_EMBEDDED_DATASET = file
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
})

it('searches a new version of the dataset file once it has been written', async () => {
  const { searchSite } = await import('@/sanity/lib/site-search')
  const terms = searchTerms('zanzibar')
  expect(await searchSite(terms, 1)).toEqual({ total: 0, results: [] })
  expect((await searchSite(searchTerms('TPM'), 1)).results[0]?._id).toBe('guide-system-requirements')

  const added = { _id: 'faq-zanzibar', _type: 'faq', question: 'Does Windows 12 run in Zanzibar?', answer: [] }
  writeFileSync(file, toNdjson([...seed, added]))
  const found = await until('the new dataset version in the results', async () => {
    const ids = (await searchSite(terms, 1)).results.map((result) => result._id)
    return ids.length > 0 && ids
  })
  expect(found).toEqual(['faq-zanzibar'])
})
