import { comparisonTable } from './documents/comparisonTable'
import { faq } from './documents/faq'
import { guide } from './documents/guide'
import { newsItem } from './documents/newsItem'
import { person } from './documents/person'
import { page } from './documents/page'
import { releaseMilestone } from './documents/releaseMilestone'
import { requirementSpec, requirements } from './documents/requirements'
import { siteSettings } from './documents/siteSettings'
import { callout } from './objects/portableText/callout'
import { comparisonTableEmbed, releaseTimelineEmbed, requirementsEmbed } from './objects/portableText/embeds'
import { richText } from './objects/portableText/richText'
import { steps } from './objects/portableText/steps'
import { simpleRichText } from './objects/portableText/textBlock'
import { seo } from './objects/seo'
import { source } from './objects/source'

export const schemaTypes = [
  // documents
  siteSettings,
  guide,
  page,
  faq,
  newsItem,
  comparisonTable,
  requirements,
  releaseMilestone,
  person,
  // objects
  seo,
  source,
  requirementSpec,
  simpleRichText,
  richText,
  callout,
  steps,
  comparisonTableEmbed,
  requirementsEmbed,
  releaseTimelineEmbed,
]
