import { contentSource } from '../env'
import { embeddedDatasetPath, isDatasetError, loadEmbeddedDataset } from './embedded'
import { log } from '@/lib/log'

/**
 * Parses the embedded dataset when the server starts, so a malformed file stops the start with a message
 * naming the file and line instead of failing on a reader's first request. Node runtime only.
 */
export function checkEmbeddedDatasetAtStartup(): void {
  if (contentSource !== 'embedded') return
  try {
    const documents = loadEmbeddedDataset()
    log.info('sanity', `embedded dataset ${embeddedDatasetPath()}: ${documents.length} documents`)
  } catch (error) {
    if (!isDatasetError(error)) throw error
    log.error('sanity', `cannot start: the embedded dataset is unusable.\n  ${error.message}`)
    process.exit(1)
  }
}
