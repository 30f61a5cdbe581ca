/**
 * The README fits on a screen or two and every link in it (and in the docs it links to) leads somewhere: a file
 * in the repository and, for `file.md#heading`, a heading of that file.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')
const README = path.join(ROOT, 'README.md')

/** The relative link targets of a Markdown file (inline links and images); outside addresses are left out. */
function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
  return [...withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
const headingAnchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-')

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingAnchor(match[1])))
}

/** Every broken link of `file`, as "file: target". */
function brokenLinks(file: string): string[] {
  const broken: string[] = []
  for (const target of relativeLinks(readFileSync(file, 'utf8'))) {
    const [filePart, anchor] = target.split('#')
    const resolved = filePart ? path.resolve(path.dirname(file), decodeURIComponent(filePart)) : file
    const where = path.relative(ROOT, file)
    if (!existsSync(resolved)) broken.push(`${where}: ${target}`)
    else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) broken.push(`${where}: ${target} (no such heading)`)
  }
  return broken
}

describe('README.md', () => {
  const text = readFileSync(README, 'utf8')

  it('fits in 200 lines', () => {
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(200)
  })

  it('links to the operations, editors, architecture and benchmarks docs', () => {
    expect(relativeLinks(text)).toEqual(
      expect.arrayContaining(['docs/operations.md', 'docs/editors.md', 'docs/architecture.md', 'docs/benchmarks.md', '.env.example']),
    )
  })

  it('has no broken links, and neither have the docs it links to', () => {
    const docs = [...new Set(relativeLinks(text).map((target) => target.split('#')[0]))]
      .filter((target) => target.endsWith('.md'))
      .map((target) => path.resolve(ROOT, target))
      .filter((file) => existsSync(file))
    expect([README, ...docs].flatMap(brokenLinks)).toEqual([])
  })
})
