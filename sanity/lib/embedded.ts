import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import { configuredEmbeddedDataset } from '../../lib/site-config'
import { log } from '@/lib/log'

/**
 * The embedded content source: the same GROQ the hosted source runs, evaluated with groq-js over an NDJSON file
 * in the format `sanity dataset export` writes. Lets a fresh clone run with no Sanity account and no network.
 */

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown }

/** A dataset file that cannot be used; the message names the file and, for a bad line, its number. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`)
    this.name = 'DatasetError'
  }
}

/**
 * Route handlers, pages and the proxy are bundled separately, each with its own copy of DatasetError, and share
 * errors through globalThis: `instanceof` would miss another bundle's errors, so the name decides.
 */
export const isDatasetError = (error: unknown): error is DatasetError => error instanceof Error && error.name === 'DatasetError'

/** Parses export-format NDJSON. Drafts and versions are left out: readers see the published perspective. */
export function parseDataset(text: string, file: string): SanityDocument[] {
  const documents: SanityDocument[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new DatasetError(`invalid JSON (${(error as Error).message})`, file, index + 1)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DatasetError('each line must be one JSON object (a document)', file, index + 1)
    }
    const document = value as Partial<SanityDocument>
    if (typeof document._id !== 'string' || typeof document._type !== 'string') {
      throw new DatasetError('document without a string _id and _type', file, index + 1)
    }
    if (document._id.startsWith('drafts.') || document._id.startsWith('versions.')) continue
    documents.push(document as SanityDocument)
  }
  return documents
}

/** The dataset file: SANITY_EMBEDDED_DATASET, or the committed seed. */
export function embeddedDatasetPath(): string {
  const configured = configuredEmbeddedDataset()
  if (configured) return path.resolve(configured)
  // Written inline so Next's file tracing includes exactly this file in the build output.
  return path.join(process.cwd(), 'sanity', 'seed', 'production.ndjson')
}

type LoadedDataset = { file: string; version: string; documents: SanityDocument[] }

// Kept on globalThis: route handlers and pages may be bundled separately, and they must share one parsed copy.
const embeddedDatasetGlobals = globalThis as typeof globalThis & {
  __embeddedDataset?: LoadedDataset
  __embeddedDatasetFailure?: string
  /** The file version that failed to parse, and why: a bad file is parsed once, not on every request. */
  __embeddedDatasetRejected?: { file: string; version: string; error: DatasetError }
}

/**
 * Parsed once per process and file version: re-read only when the file's size or mtime changes, so an edited
 * dataset shows up after a revalidation without a restart. When the file turns unreadable, malformed or truncated
 * while the site runs, the last version that parsed keeps being served (and the failure is logged once per file
 * version); with no earlier version, as at start-up, the DatasetError is thrown.
 */
export function loadEmbeddedDataset(file = embeddedDatasetPath()): SanityDocument[] {
  try {
    return loadVersionedDataset(file).documents
  } catch (error) {
    const previous = embeddedDatasetGlobals.__embeddedDataset
    if (!isDatasetError(error) || !previous || previous.file !== file) throw error
    if (embeddedDatasetGlobals.__embeddedDatasetFailure !== error.message) {
      embeddedDatasetGlobals.__embeddedDatasetFailure = error.message
      log.error('sanity', `the embedded dataset became unusable; serving its last good version. ${error.message}`)
    }
    return previous.documents
  }
}

/** Why the dataset file cannot be used as it is now, or null when it parses. */
export function embeddedDatasetProblem(file = embeddedDatasetPath()): string | null {
  try {
    loadVersionedDataset(file)
    return null
  } catch (error) {
    if (isDatasetError(error)) return error.message
    throw error
  }
}

function loadVersionedDataset(file: string): LoadedDataset {
  let version: string
  let text: string
  try {
    const stats = statSync(file)
    version = `${stats.size}:${stats.mtimeMs}`
    const cached = embeddedDatasetGlobals.__embeddedDataset
    if (cached && cached.file === file && cached.version === version) return cached
    const rejected = embeddedDatasetGlobals.__embeddedDatasetRejected
    if (rejected && rejected.file === file && rejected.version === version) throw rejected.error
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (isDatasetError(error)) throw error
    throw new DatasetError(`cannot read the dataset (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file)
  }
  let documents: SanityDocument[]
  try {
    documents = parseDataset(text, file)
  } catch (error) {
    if (isDatasetError(error)) embeddedDatasetGlobals.__embeddedDatasetRejected = { file, version, error }
    throw error
  }
  const loaded = { file, version, documents }
  embeddedDatasetGlobals.__embeddedDataset = loaded
  embeddedDatasetGlobals.__embeddedDatasetFailure = undefined
  return loaded
}

/** Evaluates GROQ over documents in memory, with the semantics of Sanity's query API (groq-js). */
export async function evaluateGroq<Result>(documents: SanityDocument[], query: string, params: QueryParams = {}): Promise<Result> {
  const tree = parse(query, { params })
  const value = await evaluate(tree, { dataset: documents, params })
  return (await value.get()) as Result
}

/** How many query results the embedded source keeps per dataset version (see queryEmbedded). */
const MEMO_ENTRIES = 256
const memo = globalThis as typeof globalThis & { __embeddedQueryMemo?: { dataset: SanityDocument[]; results: Map<string, Promise<unknown>> } }

/**
 * Runs one GROQ query against the embedded dataset. groq-js has no indexes: every query scans the whole dataset
 * (at 10,000 documents, tens of milliseconds), and every page asks for the same site settings. So results are kept
 * per dataset version, at most MEMO_ENTRIES of them (least recently used first out), except for queries that
 * depend on the time (`now()`: scheduled news must appear when due). Callers treat results as read-only.
 */
export function queryEmbedded<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  const dataset = loadEmbeddedDataset()
  if (query.includes('now()')) return evaluateGroq<Result>(dataset, query, params)
  if (memo.__embeddedQueryMemo?.dataset !== dataset) memo.__embeddedQueryMemo = { dataset, results: new Map() }
  const { results } = memo.__embeddedQueryMemo
  const key = `${query}\u0000${JSON.stringify(params)}`
  let result = results.get(key)
  if (result) {
    results.delete(key)
  } else {
    result = evaluateGroq<Result>(dataset, query, params)
    // A failed evaluation is not kept.
    result.catch(() => results.delete(key))
    if (results.size >= MEMO_ENTRIES) results.delete(results.keys().next().value!)
  }
  results.set(key, result)
  return result as Promise<Result>
}
