/**
 * @jest-environment node
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatasetError, loadEmbeddedDataset, parseDataset } from '@/sanity/lib/embedded'

describe('parseDataset', () => {
  it('reads export-format NDJSON and leaves drafts out (published perspective)', () => {
    const text = [
      JSON.stringify({ _id: 'faq-a', _type: 'faq', question: 'Published?' }),
      '',
      JSON.stringify({ _id: 'drafts.faq-a', _type: 'faq', question: 'Draft?' }),
    ].join('\n')
    expect(parseDataset(text, 'x.ndjson').map((doc) => doc.question)).toEqual(['Published?'])
  })

  it('names the file and line of invalid JSON', () => {
    const text = `${JSON.stringify({ _id: 'a', _type: 'faq' })}\n{"_id": "b", "_type": oops}\n`
    expect(() => parseDataset(text, 'seed.ndjson')).toThrow(/^seed\.ndjson:2: invalid JSON/)
  })

  it('names the line of a document without _id or _type', () => {
    const text = `${JSON.stringify({ _id: 'a', _type: 'faq' })}\n\n${JSON.stringify({ _type: 'faq' })}\n`
    let error: unknown
    try {
      parseDataset(text, 'seed.ndjson')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DatasetError)
    expect((error as DatasetError).line).toBe(3)
    expect((error as DatasetError).message).toBe('seed.ndjson:3: document without a string _id and _type')
  })

  it('accepts an empty dataset', () => {
    expect(parseDataset('', 'empty.ndjson')).toEqual([])
  })
})

describe('loadEmbeddedDataset', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dataset-'))

  it('parses once and re-reads only when the file changes', () => {
    const file = path.join(dir, 'data.ndjson')
    writeFileSync(file, JSON.stringify({ _id: 'a', _type: 'faq' }) + '\n')
    const first = loadEmbeddedDataset(file)
    expect(loadEmbeddedDataset(file)).toBe(first)
    writeFileSync(file, [{ _id: 'a', _type: 'faq' }, { _id: 'b', _type: 'faq' }].map((doc) => JSON.stringify(doc)).join('\n'))
    expect(loadEmbeddedDataset(file).map((doc) => doc._id)).toEqual(['a', 'b'])
  })

  it('says which file is missing', () => {
    expect(() => loadEmbeddedDataset(path.join(dir, 'nope.ndjson'))).toThrow(/nope\.ndjson: cannot read the dataset \(ENOENT\)/)
  })
})
