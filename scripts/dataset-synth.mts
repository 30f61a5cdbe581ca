/**
 * Writes a large, deterministic dataset for measuring the site at size: the seed (sanity/seed/production.ndjson)
 * plus generated news items, guides and FAQ entries, in the export format the embedded source reads
 * (SANITY_EMBEDDED_DATASET) and `sanity dataset import` loads.
 *
 *   npm run dataset:synth -- --news 10000 --guides 200 --faqs 300 --out /tmp/large.ndjson [--seed 12]
 *
 * The counts are documents added to the seed's (so `--guides 200` gives 208 guides). The same arguments always
 * write the same bytes. Generated documents are valid for the Studio's rules: distinct titles and slugs, news dated
 * over seven years before the seed's newest item, bodies with the seed's block types (headings, lists, asides,
 * steps, the comparison table, requirements and release timeline embeds, internal links, claims pointing to
 * sources) and references to the seed's own documents. Node's own TypeScript support; no dependency.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { synthesizeDataset, type SynthOptions } from './lib/dataset-synth.mts'

const ROOT = path.join(import.meta.dirname, '..')

function fail(message: string): never {
  console.error(`dataset:synth: ${message}`)
  process.exit(1)
}

function parseArguments(argv: readonly string[]): SynthOptions & { out: string; from: string } {
  const options = { news: 0, guides: 0, faqs: 0, seed: 12, out: '', from: path.join(ROOT, 'sanity', 'seed', 'production.ndjson') }
  for (let index = 0; index < argv.length; index += 2) {
    const [name, value] = [argv[index], argv[index + 1]]
    if (value === undefined) fail(`${name} needs a value`)
    if (name === '--out') options.out = value
    else if (name === '--from') options.from = value
    else if (name === '--news' || name === '--guides' || name === '--faqs' || name === '--seed') {
      if (!/^\d{1,6}$/.test(value)) fail(`${name} must be a whole number from 0 to 999999, got "${value}"`)
      options[name.slice(2) as 'news' | 'guides' | 'faqs' | 'seed'] = Number(value)
    } else fail(`unknown option ${name} (use --news N --guides N --faqs N --out FILE [--seed N] [--from SEED.ndjson])`)
  }
  if (!options.out) fail('--out FILE is required')
  return options
}

const options = parseArguments(process.argv.slice(2))
const seed = readFileSync(options.from, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { _id: string; _type: string; [field: string]: unknown })
const documents = synthesizeDataset(seed, options)
writeFileSync(options.out, documents.map((document) => JSON.stringify(document)).join('\n') + '\n')
const counts = new Map<string, number>()
for (const document of documents) counts.set(document._type, (counts.get(document._type) ?? 0) + 1)
console.log(`dataset:synth: wrote ${documents.length} documents to ${options.out} (${[...counts].map(([type, count]) => `${count} ${type}`).join(', ')})`)
