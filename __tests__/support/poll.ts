/**
 * Waiting in tests: for a condition, never for a fixed time. A 2-core machine that builds in the background is
 * slow by a factor nobody can predict, so every wait polls its condition up to a generous deadline and fails
 * naming what it waited for; how long it took is a figure for the bench or a log line, never an assertion.
 */

/** How long a condition may take on a loaded machine before the test fails. */
export const GENEROUS_MS = 30_000

/** Between two checks: short, so a wait ends soon after its condition holds. */
const POLL_INTERVAL_MS = 50

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))

/**
 * Calls `check` until it returns a value other than undefined or false, and resolves with that value; rejects after
 * `timeoutMs`, naming `what` (and `detail()`, such as a server's output, when given).
 */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = GENEROUS_MS, detail }: { timeoutMs?: number; detail?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail ? `:\n${detail()}` : ''}`)
    await pause()
  }
}

/** Resolves once the clock has passed `time` (ms since the epoch): for content scheduled for that moment. */
export async function untilClockPasses(time: number): Promise<void> {
  await until(`the clock to pass ${new Date(time).toISOString()}`, () => Date.now() > time, { timeoutMs: Math.max(0, time - Date.now()) + GENEROUS_MS })
}
