import { contentSource } from '../env'
import { embeddedDatasetProblem } from './embedded'

/**
 * Why the content source cannot be read right now, or null. Only the embedded dataset can be judged without a
 * network call (a malformed or missing file); a hosted outage shows up as failed reads, which fall back to the last
 * good results.
 */
export function contentSourceProblem(): string | null {
  return contentSource === 'embedded' ? embeddedDatasetProblem() : null
}
