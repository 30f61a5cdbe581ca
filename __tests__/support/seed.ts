import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateGroq, parseDataset, type SanityDocument } from '@/sanity/lib/embedded'

export const SEED_PATH = path.join(__dirname, '..', '..', 'sanity', 'seed', 'production.ndjson')

/** The committed seed dataset, parsed exactly as the embedded source parses it. */
export function loadSeed(): SanityDocument[] {
  return parseDataset(readFileSync(SEED_PATH, 'utf8'), SEED_PATH)
}

/** Runs one of the site's queries (sanity/lib/content/...) against a dataset, the way the embedded source does. */
export function runQuery<Result>(documents: SanityDocument[], query: string, params: Record<string, unknown> = {}) {
  return evaluateGroq<Result>(documents, query, params)
}

export const toNdjson = (documents: object[]) => documents.map((document) => JSON.stringify(document)).join('\n') + '\n'

/** A titled document with an address (guide, news item) from a dataset, by id; throws when it is not there. */
export function titledDocument(documents: SanityDocument[], id: string): SanityDocument & { title: string; slug: { _type: 'slug'; current: string } } {
  const document = documents.find((candidate) => candidate._id === id)
  if (!document || typeof document.title !== 'string' || typeof (document.slug as { current?: unknown } | undefined)?.current !== 'string') {
    throw new Error(`the dataset has no titled document ${id} with a slug`)
  }
  return document as SanityDocument & { title: string; slug: { _type: 'slug'; current: string } }
}

/** A copy of one document of a dataset, by id, for a test to change freely; throws when it is not there. */
export function documentCopy<Document extends { _id: string }>(documents: readonly Document[], id: string): Document {
  const document = documents.find((candidate) => candidate._id === id)
  if (!document) throw new Error(`the dataset has no document ${id}`)
  return structuredClone(document)
}
