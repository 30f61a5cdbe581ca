/**
 * Sets the calendar to `iso` for code that reads the current date (review-age rules, access dates), leaving timers,
 * ticks and microtasks real so asynchronous work (Sanity's validation, HTTP to the stand-in) runs as usual.
 * Undo with jest.useRealTimers().
 */
export function setToday(iso: string) {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  })
}
