/**
 * @jest-environment node
 */
import { createClient } from '@sanity/client'
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-api-standin'

/** The stand-in must answer what @sanity/client really sends, or the hosted-path tests prove nothing. */
describe('the local Sanity API stand-in', () => {
  let standIn: SanityStandIn
  const client = () =>
    createClient({ projectId: 'standin', dataset: 'production', apiVersion: '2025-01-01', useCdn: false, apiHost: standIn.url, useProjectHostname: false, perspective: 'published' })

  beforeAll(async () => {
    standIn = await startSanityStandIn([
      { _id: 'faq-a', _type: 'faq', question: 'Published question' },
      { _id: 'drafts.faq-a', _type: 'faq', question: 'Draft question' },
    ])
  })
  afterAll(() => standIn.stop())

  it('answers GET queries with params in the published perspective', async () => {
    const result = await client().fetch<string[]>('*[_type == $type].question', { type: 'faq' })
    expect(result).toEqual(['Published question'])
    expect(standIn.requests.at(-1)).toMatchObject({ method: 'GET', params: { type: 'faq' }, perspective: 'published' })
  })

  it('lays drafts over published documents in the drafts perspective', async () => {
    const result = await client().fetch<string[]>('*[_type == "faq"].question', {}, { perspective: 'drafts' })
    expect(result).toEqual(['Draft question'])
  })

  it('answers long queries sent as POST', async () => {
    const padding = ' '.repeat(12_000)
    const result = await client().fetch<number>(`count(*[_type == "faq"])${padding}`)
    expect(result).toBe(1)
    expect(standIn.requests.at(-1)?.method).toBe('POST')
  })

  it('serves replaced documents, and goes down and back up', async () => {
    standIn.upsert({ _id: 'faq-a', _type: 'faq', question: 'Edited question' })
    expect(await client().fetch('*[_id == "faq-a"][0].question')).toBe('Edited question')
    await standIn.goDown('error')
    await expect(client().fetch('count(*)')).rejects.toThrow()
    await standIn.goDown('refuse')
    await expect(client().withConfig({ maxRetries: 0 }).fetch('count(*)')).rejects.toThrow(/ECONNREFUSED|fetch failed|connect/i)
    await standIn.goUp()
    expect(await client().fetch('count(*[_type == "faq"])')).toBe(1)
  })
})
