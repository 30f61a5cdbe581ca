/**
 * Runs once when the server starts. With the embedded source, the dataset is parsed here so a malformed file
 * stops the start with a message naming the file and line, instead of failing on a reader's first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { contentSource } = await import('./sanity/env')
  if (contentSource !== 'embedded') return
  const { loadEmbeddedDataset, embeddedDatasetPath } = await import('./sanity/lib/embedded')
  const documents = loadEmbeddedDataset()
  console.log(`[sanity] embedded dataset ${embeddedDatasetPath()}: ${documents.length} documents`)
}
