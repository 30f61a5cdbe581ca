/**
 * The generator behind `npm run dataset:synth` (see scripts/dataset-synth.mts): pure, deterministic, no I/O.
 * Generated text talks about made-up Windows topics rather than copying the seed's prose, so a search for a seed
 * guide's own words still finds that guide first, while common words ("Windows", "update") match thousands of
 * documents, as they would on a real site.
 */

export type SynthDocument = { _id: string; _type: string; [field: string]: unknown }
export type SynthOptions = { news: number; guides: number; faqs: number; seed?: number }

/** Generated news is dated between these two instants (before the seed's newest item, so the seed's stays first). */
const NEWS_FROM = Date.parse('2019-11-01T00:00:00Z')
const NEWS_UNTIL = Date.parse('2026-11-01T00:00:00Z')
/** The day generated guides were last reviewed and sources accessed: the seed's own review day. */
const REVIEW_DAY = '2026-11-22'
const CREATED_AT = '2026-11-20T09:00:00Z'

const TOPICS = [
  'Start menu', 'File Explorer', 'Snap layouts', 'Widgets board', 'taskbar', 'Settings app', 'Windows Update',
  'BitLocker', 'Windows Hello', 'Copilot key', 'Notepad', 'Paint', 'Photos app', 'Windows Security', 'Game Bar',
  'DirectStorage', 'Auto HDR', 'Phone Link', 'Microsoft Store', 'Dev Home', 'WSL', 'Windows Sandbox', 'Hyper-V',
  'Storage Sense', 'Focus sessions', 'Quick Settings', 'Live captions', 'Voice access', 'Narrator', 'dark mode',
  'OneDrive backup', 'Smart App Control', 'Pluton security chip', 'Arm64 emulation', 'Wi-Fi 7 support',
  'Bluetooth LE Audio', 'USB4 docking', 'energy saver', 'Task Manager', 'clipboard history', 'virtual desktops',
  'lock screen', 'touch keyboard', 'Terminal', 'PowerToys', 'Xbox app', 'Microsoft Edge', 'Outlook app',
] as const
const NEWS_EVENTS = [
  'redesign spotted', 'gets new options', 'changes rolling out', 'tested by Insiders', 'bug fixed',
  'update delayed', 'settings reshuffled', 'performance improved', 'feature flag found', 'rollout paused',
] as const
const CHANNELS = ['Canary', 'Dev', 'Beta', 'Release Preview'] as const
const GUIDE_ANGLES = [
  'what changes', 'how to set it up', 'common problems and fixes', 'settings explained', 'what to expect',
  'tips for power users', 'privacy options', 'keyboard shortcuts', 'how it compares', 'how to turn it off',
] as const
const FAQ_ANGLES = [
  'work', 'change', 'cost anything', 'need new hardware', 'keep my settings', 'affect battery life',
  'need an account', 'work offline', 'come to Windows 11', 'affect older apps',
] as const
const FAQ_CATEGORIES = ['availability', 'release', 'upgrade', 'requirements', 'safety', 'pricing'] as const
const CLAIM_STATUSES = ['confirmed', 'expected', 'rumored'] as const
const CALLOUT_KINDS = ['insight', 'example', 'opinion', 'tip', 'warning'] as const
const SENTENCES = [
  'Microsoft has not said when {topic} changes will reach every PC.',
  'Early builds show {topic} working much as it does in Windows 11, with a few new switches in Settings.',
  'Testers report that {topic} behaves differently on Arm64 machines than on x64 ones.',
  'Nothing here is final: preview features come and go between builds.',
  'The safest plan is to wait for the public release and back up your files first.',
  'Reports about {topic} come from Insider builds, not from an announcement.',
  'Enterprise administrators can already manage {topic} through Group Policy in Windows 11.',
  'If you rely on {topic} every day, keep an eye on the release notes of each build.',
  'Some of these options only appear on PCs with a recent processor and TPM 2.0.',
  'We will update this page when Microsoft publishes documentation.',
] as const

/** mulberry32: a tiny, well-known PRNG; the same seed gives the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '')
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function synthesizeDataset(seed: readonly SynthDocument[], options: SynthOptions): SynthDocument[] {
  const next = random(options.seed ?? 12)
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const key = () => Math.floor(next() * 2 ** 32).toString(16).padStart(8, '0') + Math.floor(next() * 2 ** 16).toString(16).padStart(4, '0')
  const ofType = (type: string) => seed.filter((document) => document._type === type)

  const linkable = [...ofType('guide'), ...ofType('page')].map((document) => document._id)
  const tableId = ofType('comparisonTable')[0]?._id
  const requirementsId = ofType('requirements')[0]?._id
  const personId = ofType('person')[0]?._id
  const reference = (id: string) => ({ _type: 'reference', _ref: id })

  const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: key(), text, marks })
  const sentence = (topic: string) => pick(SENTENCES).replaceAll('{topic}', topic)
  const paragraph = (topic: string, count = 3) => ({
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [],
    children: [span(Array.from({ length: count }, () => sentence(topic)).join(' '))],
  })
  const heading = (text: string, style = 'h2') => ({ _type: 'block', _key: key(), style, markDefs: [], children: [span(text)] })
  const listItem = (text: string) => ({ _type: 'block', _key: key(), style: 'normal', listItem: 'bullet', level: 1, markDefs: [], children: [span(text)] })
  /** A paragraph with an internal link to a seed guide or page, and a claim pointing to one of the sources. */
  const linkedParagraph = (topic: string, sourceKey: string | undefined) => {
    const link = { _type: 'internalLink', _key: key(), reference: reference(pick(linkable)) }
    const claim = sourceKey ? { _type: 'claim', _key: key(), status: pick(CLAIM_STATUSES), source: sourceKey } : { _type: 'claim', _key: key(), status: pick(CLAIM_STATUSES) }
    return {
      _type: 'block',
      _key: key(),
      style: 'normal',
      markDefs: [link, claim],
      children: [
        span(`${capitalize(topic)} is expected to change in the next version of Windows`, [claim._key]),
        span('. For the wider picture, read our '),
        span('related guide', [link._key]),
        span(`. ${sentence(topic)}`),
      ],
    }
  }
  const callout = (topic: string) => ({
    _type: 'callout',
    _key: key(),
    kind: pick(CALLOUT_KINDS),
    title: `About ${topic}`,
    body: [paragraph(topic, 2)],
  })
  const steps = (topic: string) => ({
    _type: 'steps',
    _key: key(),
    title: `Check ${topic} on your PC`,
    items: ['Open Settings', `Find ${topic}`, 'Note what you see'].map((title) => ({
      _type: 'step',
      _key: key(),
      title,
      detail: sentence(topic),
    })),
  })
  const embed = () => {
    const kind = next()
    if (kind < 0.4 && tableId) return { _type: 'comparisonTableEmbed', _key: key(), table: reference(tableId) }
    if (kind < 0.7 && requirementsId) return { _type: 'requirementsEmbed', _key: key(), requirements: reference(requirementsId) }
    return { _type: 'releaseTimelineEmbed', _key: key() }
  }
  const sources = (topic: string) =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) => ({
      _type: 'source',
      _key: `source-${index + 1}`,
      label: `Microsoft Support: ${capitalize(topic)} (${index + 1})`,
      url: `https://support.microsoft.com/windows/${slugify(topic)}-${index + 1}`,
      accessedAt: REVIEW_DAY,
    }))
  const byline = personId ? { author: reference(personId) } : {}

  const documents: SynthDocument[] = [...seed]

  // Guides: topic × angle gives distinct titles; past the product of both lists a part number keeps them distinct.
  const guideIds: string[] = []
  for (let index = 0; index < options.guides; index++) {
    const topic = TOPICS[index % TOPICS.length]
    const round = Math.floor(index / TOPICS.length)
    const angle = GUIDE_ANGLES[round % GUIDE_ANGLES.length]
    const part = round >= GUIDE_ANGLES.length ? ` (part ${Math.floor(round / GUIDE_ANGLES.length) + 1})` : ''
    const title = `${capitalize(topic)} in Windows 12: ${angle}${part}`
    const slug = slugify(`${topic} windows 12 ${angle}${part}`)
    const id = `guide-synth-${index + 1}`
    const guideSources = sources(topic)
    const body = [
      paragraph(topic),
      heading(`What we know about ${topic}`),
      linkedParagraph(topic, guideSources[0]._key),
      callout(topic),
      heading('Step by step', 'h3'),
      steps(topic),
      listItem(sentence(topic)),
      listItem(sentence(topic)),
      heading('Compared with Windows 11'),
      embed(),
      paragraph(topic, 2),
    ]
    const related = [...guideIds.slice(-2), pick(ofType('guide').map((guide) => guide._id))].filter(Boolean)
    documents.push({
      _id: id,
      _type: 'guide',
      _createdAt: CREATED_AT,
      _updatedAt: CREATED_AT,
      _rev: key(),
      title,
      shortTitle: capitalize(topic),
      slug: { _type: 'slug', current: slug },
      order: 1000 + index,
      seo: { _type: 'seo', title: title.slice(0, 60), description: `${capitalize(angle)} for ${topic} in Windows 12, with what is confirmed and what is only expected.` },
      hubSummary: [paragraph(topic, 1)],
      body,
      related: [...new Set(related)].map((ref) => ({ ...reference(ref), _key: key() })),
      reviewedAt: REVIEW_DAY,
      ...(personId ? { author: reference(personId), reviewer: reference(personId) } : {}),
      sources: guideSources,
      updates: [{ _type: 'update', _key: key(), date: REVIEW_DAY, summary: `Checked ${topic} against the latest builds` }],
    })
    guideIds.push(id)
  }

  // News: one build number per item keeps titles and slugs distinct; dates spread evenly with a little jitter,
  // oldest first in the file (ids and dates do not share an order, as on a real site).
  const newsIds = Array.from({ length: options.news }, (_, index) => `news-synth-${index + 1}`)
  for (let index = 0; index < options.news; index++) {
    const topic = pick(TOPICS)
    const event = pick(NEWS_EVENTS)
    const channel = pick(CHANNELS)
    const build = 22000 + index
    const title = `${capitalize(topic)} ${event} in ${channel} build ${build}`
    const slot = (NEWS_UNTIL - NEWS_FROM) / Math.max(1, options.news)
    // Whole minutes, written as the Studio writes datetimes (UTC, no milliseconds).
    const minute = Math.floor((NEWS_FROM + slot * (index + next() * 0.9)) / 60_000)
    const publishedAt = new Date(minute * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const newsSources = sources(topic)
    const body: object[] = [linkedParagraph(topic, newsSources[0]._key), paragraph(topic)]
    if (next() < 0.3) body.push(callout(topic))
    if (next() < 0.15) body.push(steps(topic))
    if (next() < 0.1) body.push(embed())
    // Now and then a later item (a few builds on) supersedes this one.
    const supersededBy = index + 3 < options.news && next() < 0.05 ? { supersededBy: reference(newsIds[index + 3]) } : {}
    documents.push({
      _id: newsIds[index],
      _type: 'newsItem',
      _createdAt: publishedAt,
      _updatedAt: publishedAt,
      _rev: key(),
      title,
      slug: { _type: 'slug', current: slugify(`${topic} ${event} ${channel} build ${build}`) },
      publishedAt,
      status: pick(CLAIM_STATUSES),
      excerpt: `${capitalize(topic)}: ${event} in the ${channel} channel of the Windows Insider Program, build ${build}. What it means and what is still unknown.`,
      body,
      sources: newsSources,
      ...byline,
      ...supersededBy,
    })
  }

  for (let index = 0; index < options.faqs; index++) {
    const topic = TOPICS[index % TOPICS.length]
    const round = Math.floor(index / TOPICS.length)
    const angle = FAQ_ANGLES[round % FAQ_ANGLES.length]
    const part = round >= FAQ_ANGLES.length ? ` (${Math.floor(round / FAQ_ANGLES.length) + 1})` : ''
    documents.push({
      _id: `faq-synth-${index + 1}`,
      _type: 'faq',
      _createdAt: CREATED_AT,
      _updatedAt: CREATED_AT,
      _rev: key(),
      question: `Will ${topic} in Windows 12 ${angle}?${part}`,
      category: FAQ_CATEGORIES[index % FAQ_CATEGORIES.length],
      order: 1000 + index,
      answer: [paragraph(topic, 2), listItem(sentence(topic))],
    })
  }
  return documents
}
