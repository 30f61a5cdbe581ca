import { defineArrayMember, defineField, defineType, type NumberRule } from 'sanity'
import { claimStatusField, claimStatusTitle } from '../objects/claimStatus'
import { filledIn } from '../rules'

/** The machine-readable numbers of a specification, with the range a real PC requirement can have. */
const SPEC_RANGES = {
  cpuCores: { min: 1, max: 256, integer: true, label: 'CPU cores' },
  ramGb: { min: 1, max: 2048, integer: false, label: 'RAM (GB)' },
  storageGb: { min: 1, max: 100_000, integer: false, label: 'Free storage (GB)' },
  tpmVersion: { min: 1, max: 3, integer: false, label: 'TPM version' },
  directX: { min: 9, max: 20, integer: false, label: 'DirectX version' },
  displayHeightPx: { min: 240, max: 8640, integer: true, label: 'Display (vertical pixels)' },
  npuTops: { min: 1, max: 10_000, integer: false, label: 'NPU (TOPS)' },
} as const

/** The yes/no requirements of a specification. */
const SPEC_SWITCHES = {
  cpu64Bit: { label: '64-bit processor' },
  secureBoot: { label: 'UEFI with Secure Boot' },
} as const

type SpecField = keyof typeof SPEC_RANGES
type SpecSwitch = keyof typeof SPEC_SWITCHES

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

const CHECKER_NOTE = 'The PC checker compares readers’ machines with this value.'

const specNumber = (name: SpecField, description: string) =>
  defineField({ name, title: SPEC_RANGES[name].label, type: 'number', description: `${description} ${CHECKER_NOTE}`, validation: specRange(name) })

const specSwitch = (name: SpecSwitch, description: string) =>
  defineField({ name, title: SPEC_SWITCHES[name].label, type: 'boolean', description: `${description} ${CHECKER_NOTE}` })

/**
 * Machine-readable values, so the PC checker can compare a reader's machine against them. In the recommended
 * specification an empty value means "the same as the minimum".
 */
export const requirementSpec = defineType({
  name: 'requirementSpec',
  title: 'Specification',
  type: 'object',
  fields: [
    specNumber('cpuCores', 'Physical processor cores, e.g. 2.'),
    specSwitch('cpu64Bit', 'On when only 64-bit processors (x64 or Arm64) qualify.'),
    defineField({ name: 'cpuNote', title: 'Processor', type: 'string', description: 'How the table describes the processor, e.g. "64-bit Intel or AMD processor of a recent generation".' }),
    specNumber('ramGb', 'Installed memory in GB, e.g. 8.'),
    specNumber('storageGb', 'Free storage in GB needed to install, e.g. 64.'),
    defineField({ name: 'storageNote', title: 'Storage', type: 'string', description: 'Shown in the table instead of the number, e.g. "64 to 128 GB free".' }),
    specNumber('tpmVersion', 'The TPM version, e.g. 2 for TPM 2.0, or 1.2.'),
    specSwitch('secureBoot', 'On when the PC needs UEFI firmware capable of Secure Boot.'),
    specNumber('directX', 'The DirectX version the graphics card must support, e.g. 12.'),
    specNumber('displayHeightPx', 'Vertical resolution of the display, e.g. 720 for an HD display.'),
    specNumber('npuTops', 'Speed of the neural processing unit (NPU) in TOPS, e.g. 40 for a Copilot+ PC.'),
    defineField({ name: 'graphicsNote', title: 'Graphics', type: 'string' }),
    defineField({ name: 'internetNote', title: 'Internet', type: 'string' }),
  ],
})

/** Recommended values lower than the minimum ones, or switched off where the minimum needs them, by label (a likely slip). */
function recommendedBelowMinimum(minimum: unknown, recommended: unknown): string[] {
  if (!minimum || typeof minimum !== 'object' || !recommended || typeof recommended !== 'object') return []
  const low = minimum as Record<string, unknown>
  const high = recommended as Record<string, unknown>
  const numbers = (Object.keys(SPEC_RANGES) as SpecField[]).filter(
    (field) => typeof low[field] === 'number' && typeof high[field] === 'number' && (high[field] as number) < (low[field] as number),
  ).map((field) => SPEC_RANGES[field].label)
  const switches = (Object.keys(SPEC_SWITCHES) as SpecSwitch[]).filter((field) => low[field] === true && high[field] === false).map(
    (field) => SPEC_SWITCHES[field].label,
  )
  return [...numbers, ...switches]
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
      description: 'What a PC needs to run it at all; leave a value empty when there is no such requirement. The PC checker marks a machine below any of these values as not meeting the minimum.',
      validation: (rule) => rule.custom(filledIn('Fill in the minimum specification; the PC checker compares against it.')).error(),
    }),
    defineField({
      name: 'recommended',
      type: 'requirementSpec',
      description: 'What a PC needs to run it well. A value left empty here is taken from the minimum.',
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
