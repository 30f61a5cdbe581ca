/**
 * @jest-environment node
 */
import { claimSignature, MAX_REMEMBERED_SIGNATURES, releaseSignature } from '@/lib/webhook-replays'

/*
 * The record of signed webhook calls already acted on, without REDIS_URL (each instance's own memory). The shared
 * record through Redis is tested with two instances in __tests__/e2e/shared-cache.test.ts.
 */
const MINUTES_5 = 5 * 60 * 1000

describe('claimSignature (no Redis)', () => {
  afterEach(() => jest.useRealTimers())

  it('lets a signature be acted on once, and calls every repeat a replay', async () => {
    expect(await claimSignature('sig-a', MINUTES_5)).toBe('first')
    expect(await claimSignature('sig-a', MINUTES_5)).toBe('replay')
    expect(await claimSignature('sig-a', MINUTES_5)).toBe('replay')
    expect(await claimSignature('sig-b', MINUTES_5)).toBe('first')
  })

  it('counts a released signature again (a call refused with 503, which Sanity retries)', async () => {
    expect(await claimSignature('sig-retry', MINUTES_5)).toBe('first')
    await releaseSignature('sig-retry')
    expect(await claimSignature('sig-retry', MINUTES_5)).toBe('first')
    expect(await claimSignature('sig-retry', MINUTES_5)).toBe('replay')
  })

  it('forgets a signature once its window has passed', async () => {
    jest.useFakeTimers()
    expect(await claimSignature('sig-window', 60_000)).toBe('first')
    jest.advanceTimersByTime(59_000)
    expect(await claimSignature('sig-window', 1_000)).toBe('replay')
    jest.advanceTimersByTime(61_000)
    expect(await claimSignature('sig-window', 60_000)).toBe('first')
  })

  it('keeps a bounded number of signatures, forgetting the oldest first', async () => {
    expect(await claimSignature('sig-oldest', MINUTES_5)).toBe('first')
    for (let n = 0; n < MAX_REMEMBERED_SIGNATURES; n++) await claimSignature(`sig-filler-${n}`, MINUTES_5)
    expect(await claimSignature(`sig-filler-${MAX_REMEMBERED_SIGNATURES - 1}`, MINUTES_5)).toBe('replay')
    expect(await claimSignature('sig-oldest', MINUTES_5)).toBe('first')
  })
})
