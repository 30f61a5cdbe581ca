/**
 * @jest-environment node
 */
import { DOCUMENT_TYPES } from '@/lib/vocabulary'
import { CONTENT_PROBLEMS_QUERY } from '@/sanity/lib/content-problems'
import { NEWS_PAGE_QUERY } from '@/sanity/lib/content/news'
import { SITE_SETTINGS_QUERY } from '@/sanity/lib/content/settings'
import type { CONTENT_PROBLEMS_QUERY_RESULT, NEWS_PAGE_QUERY_RESULT, SITE_SETTINGS_QUERY_RESULT } from '@/sanity.types'
import { loadSeed, runQuery } from '../support/seed'

/*
 * Content of the wrong shape (an object where a title belongs, a slug stored as a plain string, a publication date
 * that is not a date) must render as missing values, never fail a page, and be reported by document id.
 */
const seed = loadSeed()
const damaged = seed.map((document) => {
  if (document._id === 'siteSettings') return { ...document, title: { en: 'Not a string' }, tagline: ['a', 'list'] }
  if (document._id === 'news-windows-10-end-of-support') return { ...document, title: { _type: 'span', text: 'x' } }
  if (document._id === 'guide-features') return { ...document, slug: 'windows-12-features' }
  if (document._id === 'news-copilot-plus-pcs-40-tops-npu') return { ...document, publishedAt: 'next spring' }
  return document
})

it('reads text fields of the wrong type as missing', async () => {
  const settings = await runQuery<SITE_SETTINGS_QUERY_RESULT>(damaged, SITE_SETTINGS_QUERY)
  expect(settings?.title).toBeNull()
  expect(settings?.tagline).toBeNull()
  const news = await runQuery<NEWS_PAGE_QUERY_RESULT>(damaged, NEWS_PAGE_QUERY, { before: null, beforeId: null, start: 0, end: 50 })
  const item = news.items.find((entry) => entry._id === 'news-windows-10-end-of-support')
  expect(item).toBeDefined()
  expect(item?.title).toBeNull()
  for (const entry of news.items) expect(entry.title === null || typeof entry.title === 'string').toBe(true)
})

it('reports each damaged document by id, and nothing in the seed', async () => {
  // One slice holds the whole seed; documents without problems come back with none.
  const check = async (documents: typeof seed) =>
    (await runQuery<CONTENT_PROBLEMS_QUERY_RESULT>(documents, CONTENT_PROBLEMS_QUERY, { types: DOCUMENT_TYPES, lastId: '', size: 1000 })).filter((entry) => entry.problems.length > 0)
  expect(await check(seed)).toEqual([])
  const problems = await check(damaged)
  const byId = Object.fromEntries(problems.map((entry) => [entry._id, entry.problems]))
  expect(byId).toEqual({
    siteSettings: ['title is not text'],
    'news-windows-10-end-of-support': ['title is not text'],
    'guide-features': ['slug has no current value'],
    'news-copilot-plus-pcs-40-tops-npu': ['publishedAt is not a date and time'],
  })
})
