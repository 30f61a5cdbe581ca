import { defineArrayMember, defineField, defineType, type NumberRule } from 'sanity'
import { claimStatusField, claimStatusTitle } from '../objects/claimStatus'
import { filledIn } from '../rules'

/** The machine-readable values of a specification, with the range a real PC requirement can have. */
export const SPEC_RANGES = {
  cpuCores: { min: 1, max: 256, integer: true, label: 'CPU cores' },
  ramGb: { min: 1, max: 2048, integer: false, label: 'RAM (GB)' },
  storageGb: { min: 1, max: 100_000, integer: false, label: 'Free storage (GB)' },
  tpmVersion: { min: 1, max: 3, integer: false, label: 'TPM version' },
  directX: { min: 9, max: 20, integer: false, label: 'DirectX version' },
  displayHeightPx: { min: 240, max: 8640, integer: true, label: 'Display (vertical pixels)' },
} as const

type SpecField = keyof typeof SPEC_RANGES

/** Sanity's own number rules (every minimum is above zero), each with a message that says what is expected. */
function specRange(field: SpecField) {
  const { min, max, integer } = SPEC_RANGES[field]
  return (rule: NumberRule) => {
    const rules = [
      rule.min(min).error(`Use a number of at least ${min}.`),
      rule.max(max).error(`${max} is the most this can be; check the number.`),
    ]
    return integer ? [...rules, rule.integer().error('Use a whole number.')] : rules
  }
}

const specNumber = (name: SpecField, description?: string) =>
  defineField({ name, title: SPEC_RANGES[name].label, type: 'number', description, validation: specRange(name) })

/** Machine-readable values, so the PC checker can compare a reader's machine against them. */
export const requirementSpec = defineType({
  name: 'requirementSpec',
  title: 'Specification',
  type: 'object',
  fields: [
    specNumber('cpuCores'),
    defineField({ name: 'cpuNote', title: 'Processor', type: 'string' }),
    specNumber('ramGb'),
    specNumber('storageGb'),
    defineField({ name: 'storageNote', title: 'Storage', type: 'string' }),
    specNumber('tpmVersion', 'For example 2 for TPM 2.0, or 1.2.'),
    specNumber('directX', 'For example 12.'),
    specNumber('displayHeightPx', 'For example 720 for an HD display.'),
    defineField({ name: 'graphicsNote', title: 'Graphics', type: 'string' }),
    defineField({ name: 'internetNote', title: 'Internet', type: 'string' }),
  ],
})

/** Recommended values lower than the minimum ones, by label (a likely typo). */
export function recommendedBelowMinimum(minimum: unknown, recommended: unknown): string[] {
  if (!minimum || typeof minimum !== 'object' || !recommended || typeof recommended !== 'object') return []
  const low = minimum as Record<string, unknown>
  const high = recommended as Record<string, unknown>
  return (Object.keys(SPEC_RANGES) as SpecField[]).filter(
    (field) => typeof low[field] === 'number' && typeof high[field] === 'number' && (high[field] as number) < (low[field] as number),
  ).map((field) => SPEC_RANGES[field].label)
}

export const requirements = defineType({
  name: 'requirements',
  title: 'Requirements',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      description: 'Shown above the table, e.g. "Windows 12 system requirements (estimated)".',
      validation: (rule) => rule.required().error('Give the requirements a title.'),
    }),
    claimStatusField('How sure are these requirements? Confirmed means Microsoft published them.'),
    defineField({ name: 'summary', type: 'text', rows: 3 }),
    defineField({
      name: 'minimum',
      type: 'requirementSpec',
      validation: (rule) => rule.custom(filledIn('Fill in the minimum specification; the PC checker compares against it.')).error(),
    }),
    defineField({
      name: 'recommended',
      type: 'requirementSpec',
      validation: (rule) =>
        rule
          .custom((recommended, context) => {
            const below = recommendedBelowMinimum(context.document?.minimum, recommended)
            return below.length === 0 ? true : `Recommended is lower than minimum for: ${below.join(', ')}. Check the numbers.`
          })
          .warning(),
    }),
    defineField({ name: 'compatibilityNotes', title: 'Compatibility notes', type: 'array', of: [defineArrayMember({ type: 'string' })] }),
  ],
  preview: {
    select: { title: 'title', status: 'status' },
    prepare: ({ title, status }) => ({ title: title || 'Untitled requirements', subtitle: claimStatusTitle(status) ?? 'No status' }),
  },
})
