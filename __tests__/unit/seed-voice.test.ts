/**
 * @jest-environment node
 */
import { loadSeed } from '../support/seed'

/*
 * One voice over the whole seed: claims carry their status as annotations (never as bracketed words), US spelling,
 * curly quotes and apostrophes in prose, sentence-case headings. Code (inline code marks) is exempt: a command is
 * typed as written.
 */

type Span = { _type?: string; text?: string; marks?: string[] }
type Member = { _type?: string; _key?: string; style?: string; children?: Span[]; body?: Member[]; title?: string; items?: { title?: string; detail?: string }[] }
type Text = { where: string; text: string }

const seed = loadSeed()

/** Fields that hold identifiers, addresses, dates or choices from a list, not prose. */
const NOT_PROSE = new Set(['_id', '_type', '_key', '_ref', '_rev', '_createdAt', '_updatedAt', 'url', 'href', 'current', 'status', 'kind', 'style', 'listItem', 'category', 'source', 'accessedAt', 'date', 'reviewedAt', 'publishedAt', 'lastChecked', 'officialUrl', 'marks'])

const isBlock = (value: unknown): value is Member => Boolean(value && typeof value === 'object' && (value as Member)._type === 'block')

/** A text block's words, with inline code left out (replaced by a space, so words on either side stay apart). */
const blockText = (block: Member) => (block.children ?? []).map((span) => ((span.marks ?? []).includes('code') ? ' ' : (span.text ?? ''))).join('')

/** Every piece of prose in a document: text blocks (anywhere) and plain string fields, with where it sits. */
function proseOf(value: unknown, where: string, out: Text[] = []): Text[] {
  if (Array.isArray(value)) value.forEach((item, index) => proseOf(item, `${where}[${(item as Member)?._key ?? index}]`, out))
  else if (isBlock(value)) out.push({ where, text: blockText(value) })
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) if (!NOT_PROSE.has(key)) proseOf(field, `${where}.${key}`, out)
  } else if (typeof value === 'string') out.push({ where, text: value })
  return out
}

/** Body text: text blocks of every rich-text field, and the text of numbered steps. */
function bodyTextOf(value: unknown, where: string, out: Text[] = []): Text[] {
  if (Array.isArray(value)) value.forEach((item, index) => bodyTextOf(item, `${where}[${(item as Member)?._key ?? index}]`, out))
  else if (isBlock(value)) out.push({ where, text: (value.children ?? []).map((span) => span.text ?? '').join('') })
  else if (value && typeof value === 'object') {
    const member = value as Member
    if (member._type === 'steps') {
      out.push({ where: `${where}.title`, text: member.title ?? '' })
      for (const item of member.items ?? []) out.push({ where: `${where}.items`, text: `${item.title ?? ''} ${item.detail ?? ''}` })
    }
    for (const [key, field] of Object.entries(value)) if (!NOT_PROSE.has(key) && key !== 'items') bodyTextOf(field, `${where}.${key}`, out)
  }
  return out
}

const allProse = seed.flatMap((document) => proseOf(document, document._id))
const allBodyText = seed.flatMap((document) => bodyTextOf(document, document._id))

const found = (texts: Text[], pattern: RegExp) => texts.flatMap(({ where, text }) => [...text.matchAll(pattern)].map((match) => `${where}: ${match[0]}`))

describe('claims in the seed', () => {
  const BRACKETED_STATUS = /[([]\s*(?:confirmed|expected|rumou?red)\b[^)\]]*[)\]]/gi

  it('the check finds bracketed status words', () => {
    const sample = [{ where: 'sample', text: 'No feature is confirmed (confirmed). A new Start menu [rumored] and (Expected, based on Windows 11).' }]
    expect(found(sample, BRACKETED_STATUS)).toEqual(['sample: (confirmed)', 'sample: [rumored]', 'sample: (Expected, based on Windows 11)'])
  })

  it('no body text carries a bracketed status word: claims are annotations', () => {
    expect(allBodyText.length).toBeGreaterThan(500)
    expect(found(allBodyText, BRACKETED_STATUS)).toEqual([])
  })
})

describe('one voice', () => {
  const UK_SPELLINGS =
    /\b(?:licen(?:ce|ces|ced)|centres?|centred|labell(?:ed|ing)|behaviours?|colours?|favour\w*|customis\w*|optimis\w*|organis\w*|prioritis\w*|recognis\w*|summaris\w*|realis(?:e|ed|es|ing)|programmes?|practis(?:e|ed|ing)|modelled|judgement|travelled|cancelled|catalogue|defence|grey)\b/gi

  it('the spelling check finds UK forms and leaves US forms alone', () => {
    const uk = 'The licence, the centre, labelled and centred, its behaviour, customisation, the programme, judgement, modelled.'
    expect(found([{ where: 'uk', text: uk }], UK_SPELLINGS).map((hit) => hit.slice(4))).toEqual([
      'licence',
      'centre',
      'labelled',
      'centred',
      'behaviour',
      'customisation',
      'programme',
      'judgement',
      'modelled',
    ])
    const us = 'The license, the center, labeled and centered, its behavior, customization, the program, judgment, modeled, realistic.'
    expect(found([{ where: 'us', text: us }], UK_SPELLINGS)).toEqual([])
  })

  it('uses US spelling throughout', () => {
    expect(found(allProse, UK_SPELLINGS)).toEqual([])
  })

  it('uses curly quotes and apostrophes in prose (code keeps straight ones)', () => {
    expect(allProse.length).toBeGreaterThan(700)
    expect(found(allProse, /["']/g)).toEqual([])
  })

  /** Names and interface labels that keep their capital letter inside a sentence-case heading. */
  const PROPER = new Set(
    'Windows Microsoft Microsoft’s Copilot Copilot+ Insider Insiders Media Creation Tool Secure Boot BitLocker OneDrive DirectStorage Rufus Rufus-style Settings System About Intel AMD Snapdragon Qualcomm January February March April May June July August September October November December I'.split(
      ' ',
    ),
  )

  /** Words after the first that are capitalized without being a name, an acronym (ISO, TPM) or a model (Arm64). */
  function titleCased(heading: string): string[] {
    const words = heading.split(/\s+/)
    return words.flatMap((word, index) => {
      if (index === 0 || /[.?!]$/.test(words[index - 1])) return []
      const bare = word.replace(/^[“‘(]+|[”’),:;.?!]+$/g, '')
      const isName = PROPER.has(bare) || /[0-9]/.test(bare) || /^[A-Z][A-Z0-9+]+s?$/.test(bare)
      return /^[A-Z]/.test(bare) && !isName ? [bare] : []
    })
  }

  it('the sentence-case check flags title case and allows names and acronyms', () => {
    expect(titleCased('Windows 12 Features: What Is Expected')).toEqual(['Features', 'What', 'Is', 'Expected'])
    expect(titleCased('Create a Windows 12 bootable USB with the Media Creation Tool on Arm64 PCs')).toEqual([])
  })

  it('writes headings, titles and questions in sentence case', () => {
    const headings: Text[] = []
    for (const document of seed) {
      const add = (where: string, text: unknown) => typeof text === 'string' && text && headings.push({ where: `${document._id}.${where}`, text })
      // The site's own name ("Windows 12 Guide") is a name, not a heading.
      if (document._type !== 'siteSettings') add('title', document.title)
      add('question', document.question)
      add('seo.title', (document.seo as { title?: string } | undefined)?.title)
      for (const member of (document.body ?? []) as Member[]) {
        if (isBlock(member) && /^h\d$/.test(member.style ?? '')) add(`body[${member._key}]`, blockText(member))
        if (member._type === 'callout' || member._type === 'steps') add(`body[${member._key}].title`, member.title)
        for (const item of member.items ?? []) add(`body[${member._key}].items`, item.title)
      }
    }
    expect(headings.length).toBeGreaterThan(150)
    expect(headings.flatMap(({ where, text }) => titleCased(text).map((word) => `${where}: ${word} (in “${text}”)`))).toEqual([])
  })
})
