import { buildSnippet, keyTerm, matchPattern, readSearchPage, readSearchQuery, searchTerms, type SnippetPart } from '@/lib/search'
import { headingId, slugify } from '@/lib/slugify'

const words = (query: string) => searchTerms(query).map((term) => (term.prefix ? `${term.text}*` : term.text))
/** A snippet written out with its marks as [brackets], to compare whole snippets at a glance. */
const shown = (parts: SnippetPart[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('')

describe('readSearchQuery', () => {
  it('trims, takes the first of repeated values and treats anything else as empty', () => {
    expect(readSearchQuery('  TPM  ')).toBe('TPM')
    expect(readSearchQuery(['TPM', 'USB'])).toBe('TPM')
    expect(readSearchQuery(undefined)).toBe('')
    expect(readSearchQuery(' \t\n ')).toBe('')
  })

  it('cuts the query to 200 characters without splitting a character in two', () => {
    expect(readSearchQuery('a'.repeat(500))).toHaveLength(200)
    const emoji = readSearchQuery('😀'.repeat(300))
    expect(Array.from(emoji)).toHaveLength(200)
    expect(emoji).toBe('😀'.repeat(200))
  })
})

describe('searchTerms and matchPattern: what reaches GROQ match', () => {
  it('keeps words and numbers, lowercased and distinct; words of four letters or more match as prefixes', () => {
    expect(words('Is Windows 12 free?')).toEqual(['is', 'windows*', '12', 'free*'])
    expect(words('TPM tpm TPM 2.0')).toEqual(['tpm', '2.0'])
    expect(words('Copilot+ PC')).toEqual(['copilot*', 'pc'])
  })

  it('drops the wildcard, quotes, GROQ and regular-expression syntax: they separate words and are never searched for', () => {
    expect(words('*')).toEqual([])
    expect(words('**********')).toEqual([])
    expect(words('win*dows')).toEqual(['win', 'dows*'])
    expect(words('"] | order(_id) [0...999] {..., "x": *}')).toEqual(['order*', 'id', '0', '999', 'x'])
    expect(words('$pattern && (a|b)+ [^x]{2,} \\d .*')).toEqual(['pattern*', 'a', 'b', 'x', '2', 'd'])
    expect(matchPattern(searchTerms('*" || true || "'))).toBe('true*')
  })

  it('treats markup as words to look for, not markup', () => {
    expect(words('<script>alert(1)</script>')).toEqual(['script*', 'alert*', '1'])
    expect(words('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror*', 'alert*', '1'])
  })

  it('keeps letters of every script, and ends a word at an apostrophe with a prefix', () => {
    expect(words('Überprüfung für Windows')).toEqual(['überprüfung*', 'für', 'windows*'])
    expect(words('Windows 12 の要件')).toEqual(['windows*', '12', 'の要件'])
    expect(words("what's new, don’t")).toEqual(['what*', 'new', 'don*'])
    expect(words('🙂 ✓ → ©')).toEqual([])
  })

  it('searches at most ten distinct words', () => {
    expect(words('a b c d e f g h i j k l m')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])
    expect(matchPattern(searchTerms('x '.repeat(100)))).toBe('x')
  })

  it('picks the longest word as the key term', () => {
    expect(keyTerm(searchTerms('is windows 12 free'))).toBe('windows*')
    expect(keyTerm([])).toBe('')
  })
})

describe('buildSnippet', () => {
  const terms = searchTerms('bootable USB')

  it('cuts a passage around the first match at word boundaries and marks every matched word', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}A bootable USB drive is the usual way to install Windows. ${'More words follow here. '.repeat(20)}`
    const parts = buildSnippet(text, terms, 120)
    const snippet = shown(parts)
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet.endsWith(' …')).toBe(true)
    expect(snippet).toContain('A [bootable] [USB] drive is the usual way')
    expect(snippet.length).toBeLessThanOrEqual(120 + 4 + 6)
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['bootable', 'USB'])
  })

  it('marks whole words only, prefixes up to the end of the word, ignoring case', () => {
    expect(shown(buildSnippet('Bootloader, BOOTABLE sticks; usb-c and USBs', terms))).toBe('Bootloader, [BOOTABLE] sticks; [usb]-c and USBs')
    expect(shown(buildSnippet('TPM 2.0 and TPMs', searchTerms('tpm')))).toBe('[TPM] 2.0 and TPMs')
  })

  it('starts at the beginning when no word matches, and returns nothing for no text', () => {
    expect(shown(buildSnippet('Nothing relevant here.', terms))).toBe('Nothing relevant here.')
    expect(buildSnippet('', terms)).toEqual([])
    expect(buildSnippet(null, terms)).toEqual([])
    expect(buildSnippet('   \n  ', terms)).toEqual([])
  })

  it('keeps hostile text as text: markup, entities and script stay characters in the parts', () => {
    const hostile = '<script>alert("x")</script> bootable &amp; <img src=x onerror=alert(1)> </mark><b>USB</b>'
    const parts = buildSnippet(hostile, terms)
    expect(parts.map((part) => part.text).join('')).toBe(hostile)
    expect(shown(parts)).toBe('<script>alert("x")</script> [bootable] &amp; <img src=x onerror=alert(1)> </mark><b>[USB]</b>')
  })

  it('escapes terms for its own expression, so regular-expression syntax in a term is literal', () => {
    const odd = [
      { text: '(.*)', prefix: false },
      { text: 'a+b', prefix: true },
    ]
    expect(shown(buildSnippet('x (.*) y aaab a+bc', odd))).toBe('x [(.*)] y aaab [a+bc]')
  })

  it('handles huge text, long runs without spaces and emoji at the cut without breaking a character', () => {
    const huge = `${'x'.repeat(300_000)} bootable`
    // An expression that backtracks on a long run would run into the test's deadline.
    const parts = buildSnippet(huge, terms, 100)
    expect(shown(parts).endsWith('[bootable]')).toBe(true)
    const emoji = `${'😀'.repeat(100)} USB ${'😀'.repeat(100)}`
    const snippet = shown(buildSnippet(emoji, terms, 50))
    expect(snippet).toContain('[USB]')
    expect(snippet).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  }, 30_000)

  it('marks the right words in text that lowercasing lengthens (“İ” becomes two characters)', () => {
    expect(shown(buildSnippet('İİİ İstanbul: a bootable USB stick', terms))).toBe('İİİ İstanbul: a [bootable] [USB] stick')
    expect(shown(buildSnippet('İSTANBUL BOOTABLE', searchTerms('istanbul bootable')))).toBe('İSTANBUL [BOOTABLE]')
  })

  it('collapses line breaks and runs of spaces', () => {
    expect(shown(buildSnippet('First line\n\nSecond   USB line', terms))).toBe('First line Second [USB] line')
  })
})

describe('readSearchPage', () => {
  it.each([
    ['2', 2],
    ['1', 1],
    [undefined, 1],
    ['0', 1],
    ['-1', 1],
    ['02', 1],
    ['2.5', 1],
    ['abc', 1],
    ['99999', 1],
  ])('%p -> %p', (raw, page) => {
    expect(readSearchPage(raw)).toBe(page)
  })
})

describe('headingId', () => {
  it.each([
    ['How to check your PC today', 'how-to-check-your-pc-today'],
    ['No TPM 2.0? Check your firmware first', 'no-tpm-2-0-check-your-firmware-first'],
    ['The NPU and Copilot+ question', 'the-npu-and-copilot-question'],
    ['What’s new in “Windows 12”', 'whats-new-in-windows-12'],
    ['Überblick: Déjà vu', 'uberblick-deja-vu'],
    ['  --  ', 'section'],
    ['<script>', 'script'],
  ])('%j -> %j', (text, id) => {
    expect(headingId(text)).toBe(id)
  })

  it('is the same rule as page slugs', () => {
    expect(slugify('Windows 12 vs Windows 11')).toBe('windows-12-vs-windows-11')
  })
})
