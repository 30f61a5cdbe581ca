/** Words an adult reads per minute in running text, the usual figure for reading-time estimates. */
const WORDS_PER_MINUTE = 225

/** Minutes to read `words` words, at least 1; null when the count is unknown. */
export function readingMinutes(words: number | null | undefined): number | null {
  if (typeof words !== 'number' || !Number.isFinite(words) || words <= 0) return null
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

/** "6 min read", or null when the count is unknown. */
export function readingTimeLabel(words: number | null | undefined): string | null {
  const minutes = readingMinutes(words)
  return minutes === null ? null : `${minutes} min read`
}
