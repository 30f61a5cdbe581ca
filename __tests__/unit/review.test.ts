/**
 * @jest-environment node
 */
import { daysSince, guideModifiedAt, latestUpdate, staleReview, staleReviewMessage, wholeMonthsBetween } from '@/lib/review'

const at = (iso: string) => new Date(iso)

describe('how old a review is', () => {
  it('counts whole days and calendar months from a Sanity date', () => {
    expect(daysSince('2026-11-22', at('2026-11-22T23:59:00Z'))).toBe(0)
    expect(daysSince('2026-08-23', at('2026-11-22T12:00:00Z'))).toBe(91)
    expect(daysSince('2026-11-23', at('2026-11-22T12:00:00Z'))).toBe(-1)
    expect(daysSince(null, at('2026-11-22T12:00:00Z'))).toBeNull()
    expect(daysSince('not a date', at('2026-11-22T12:00:00Z'))).toBeNull()
    expect(wholeMonthsBetween(at('2026-05-18T00:00:00Z'), at('2026-11-17T12:00:00Z'))).toBe(5)
    expect(wholeMonthsBetween(at('2026-05-18T00:00:00Z'), at('2026-11-18T00:00:00Z'))).toBe(6)
  })

  it('tells readers only once the review is more than 180 days old', () => {
    // 2026-05-26 + 180 days = 2026-11-22.
    expect(staleReview('2026-05-26', at('2026-11-22T12:00:00Z'))).toBeNull()
    expect(staleReview('2026-05-25', at('2026-11-22T12:00:00Z'))).toEqual({ days: 181, months: 5 })
    expect(staleReview(undefined, at('2026-11-22T12:00:00Z'))).toBeNull()
    expect(staleReview('2026-11-18', at('2026-11-22T12:00:00Z'))).toBeNull()
  })

  it('says how many months ago, and years after two', () => {
    expect(staleReviewMessage({ days: 220, months: 7 })).toBe('Last reviewed 7 months ago; details may have changed.')
    expect(staleReviewMessage({ days: 800, months: 26 })).toBe('Last reviewed 2 years ago; details may have changed.')
    expect(staleReviewMessage(staleReview('2025-11-18', at('2026-11-22T12:00:00Z'))!)).toBe('Last reviewed 12 months ago; details may have changed.')
  })
})

describe('guideModifiedAt', () => {
  const now = at('2026-12-10T00:00:00Z')
  it('is the latest of the change-log dates and the review date', () => {
    expect(guideModifiedAt({ reviewedAt: '2026-11-18', updates: [{ date: '2026-11-22' }, { date: '2026-10-01' }] }, now)).toBe('2026-11-22T00:00:00.000Z')
    expect(guideModifiedAt({ reviewedAt: '2026-12-01', updates: [{ date: '2026-11-22' }] }, now)).toBe('2026-12-01T00:00:00.000Z')
    expect(guideModifiedAt({ reviewedAt: null, updates: [null, { date: null }, { date: '2026-01-02' }] }, now)).toBe('2026-01-02T00:00:00.000Z')
  })

  it('ignores an edit when the guide has a review or change-log date, and falls back to it otherwise', () => {
    expect(guideModifiedAt({ _updatedAt: '2026-12-05T10:00:00Z', reviewedAt: '2026-11-18', updates: [] }, now)).toBe('2026-11-18T00:00:00.000Z')
    expect(guideModifiedAt({ _updatedAt: '2026-12-05T10:00:00Z', reviewedAt: null, updates: null }, now)).toBe('2026-12-05T10:00:00.000Z')
  })

  it('is undefined without any date, and ignores invalid and future ones', () => {
    expect(guideModifiedAt({}, now)).toBeUndefined()
    expect(guideModifiedAt({ reviewedAt: 'soon', updates: [{ date: 'yesterday' }] }, now)).toBeUndefined()
    expect(guideModifiedAt({ reviewedAt: '2027-01-01', updates: [{ date: '2026-11-30' }] }, now)).toBe('2026-11-30T00:00:00.000Z')
  })
})

describe('latestUpdate', () => {
  it('is the newest entry with a date and a summary, whatever the order', () => {
    const updates = [
      { _key: 'a', date: '2026-11-18', summary: 'First published.' },
      { _key: 'b', date: '2026-11-25', summary: '  ' },
      { _key: 'c', date: '2026-11-22', summary: 'Preview period corrected.' },
    ]
    expect(latestUpdate(updates)?._key).toBe('c')
    expect(latestUpdate([])).toBeUndefined()
    expect(latestUpdate(null)).toBeUndefined()
  })
})
