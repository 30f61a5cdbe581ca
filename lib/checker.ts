/**
 * "Can my PC run Windows 12?": reading a machine from the checker's query parameters and comparing it with the
 * minimum and recommended values the CMS holds. Pure functions; no number of any requirement lives here.
 *
 * Every requirement is compared as a number, machine >= requirement: yes/no answers count as 1/0 and a required
 * switch as 1, TPM "none" as 0, a DirectX 12 "no" as 11 (a GPU short of version 12).
 */

import { withoutControlCharacters } from './reader-input'

export type Verdict = 'meets-recommended' | 'meets-minimum' | 'below-minimum' | 'not-given'

/**
 * The values of one level of the requirements (minimum or recommended) the checker reads: the shape of the CMS's
 * requirement specification. Missing or null means no requirement at that level.
 */
export type RequirementLevel = {
  cpuCores?: number | null
  cpu64Bit?: boolean | null
  ramGb?: number | null
  storageGb?: number | null
  tpmVersion?: number | null
  secureBoot?: boolean | null
  directX?: number | null
  displayHeightPx?: number | null
  npuTops?: number | null
}

type Choice = { value: string; label: string; amount: number }

type NumberInput = {
  kind: 'number'
  min: number
  max: number
  integer: boolean
  /** Shown in messages, e.g. "8". */
  example: string
}
type ChoiceInput = { kind: 'choice'; choices: readonly Choice[] }

export type CheckerRequirement = {
  /** The query parameter, also the value of data-requirement. */
  param: string
  label: string
  /** How to find the value on a Windows PC. */
  hint: string
  /** The field of a requirement level it is compared with. */
  spec: keyof RequirementLevel
  input: NumberInput | ChoiceInput
  /** Heading of the requirements guide's section that explains how to find the value. */
  section: string
  /** A requirement value in words: "8 GB", "TPM 2.0". */
  describe: (amount: number) => string
}

const YES_NO: readonly Choice[] = [
  { value: 'yes', label: 'Yes', amount: 1 },
  { value: 'no', label: 'No', amount: 0 },
]

const HOW_TO_CHECK = 'How to check your PC today'
const required = (amount: number) => (amount > 0 ? 'required' : 'not required')
const formatNumber = (amount: number) => amount.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** The checker's questions, in the form's order. */
export const CHECKER_REQUIREMENTS: readonly CheckerRequirement[] = [
  {
    param: 'cores',
    label: 'CPU cores',
    hint: 'Task Manager (Ctrl+Shift+Esc) > Performance > CPU shows “Cores”.',
    spec: 'cpuCores',
    input: { kind: 'number', min: 1, max: 1024, integer: true, example: '4' },
    section: HOW_TO_CHECK,
    describe: (amount) => `${formatNumber(amount)} ${amount === 1 ? 'core' : 'cores'}`,
  },
  {
    param: 'x64',
    label: '64-bit processor (x64 or Arm64)',
    hint: 'Settings > System > About: “System type” names a 64-bit or x64-based processor.',
    spec: 'cpu64Bit',
    input: { kind: 'choice', choices: YES_NO },
    section: HOW_TO_CHECK,
    describe: required,
  },
  {
    param: 'ram',
    label: 'Memory (RAM) in GB',
    hint: 'Settings > System > About: “Installed RAM”.',
    spec: 'ramGb',
    input: { kind: 'number', min: 0.5, max: 65_536, integer: false, example: '16' },
    section: HOW_TO_CHECK,
    describe: (amount) => `${formatNumber(amount)} GB`,
  },
  {
    param: 'storage',
    label: 'Free storage in GB',
    hint: 'File Explorer > This PC shows the free space of drive C:.',
    spec: 'storageGb',
    input: { kind: 'number', min: 0, max: 1_000_000, integer: false, example: '128' },
    section: HOW_TO_CHECK,
    describe: (amount) => `${formatNumber(amount)} GB free`,
  },
  {
    param: 'tpm',
    label: 'TPM version',
    hint: 'Win+R, tpm.msc: “Specification Version” under TPM Manufacturer Information.',
    spec: 'tpmVersion',
    input: {
      kind: 'choice',
      choices: [
        { value: 'none', label: 'None', amount: 0 },
        { value: '1.2', label: 'TPM 1.2', amount: 1.2 },
        { value: '2.0', label: 'TPM 2.0', amount: 2 },
      ],
    },
    section: HOW_TO_CHECK,
    describe: (amount) => `TPM ${amount.toFixed(1)}`,
  },
  {
    param: 'secureboot',
    label: 'UEFI with Secure Boot',
    hint: 'Win+R, msinfo32: “BIOS Mode” reads UEFI and “Secure Boot State” reads On or Off (Off: supported, switched off).',
    spec: 'secureBoot',
    input: { kind: 'choice', choices: YES_NO },
    section: HOW_TO_CHECK,
    describe: required,
  },
  {
    param: 'dx12',
    label: 'DirectX 12 graphics',
    hint: 'Win+R, dxdiag: the Display tab lists the feature levels; 12_0 or higher means yes.',
    spec: 'directX',
    input: {
      kind: 'choice',
      choices: [
        { value: 'yes', label: 'Yes', amount: 12 },
        { value: 'no', label: 'No', amount: 11 },
      ],
    },
    section: HOW_TO_CHECK,
    describe: (amount) => `DirectX ${formatNumber(amount)}`,
  },
  {
    param: 'display',
    label: 'Display height in pixels',
    hint: 'Settings > System > Display > “Display resolution”: the second number (1920 × 1080 gives 1080).',
    spec: 'displayHeightPx',
    input: { kind: 'number', min: 100, max: 20_000, integer: true, example: '1080' },
    section: HOW_TO_CHECK,
    describe: (amount) => `${formatNumber(amount)} pixels high`,
  },
  {
    param: 'npu',
    label: 'NPU speed in TOPS (optional)',
    hint: 'Task Manager > Performance lists an NPU on PCs that have one; the maker’s specifications give its TOPS. Enter 0 for no NPU.',
    spec: 'npuTops',
    input: { kind: 'number', min: 0, max: 10_000, integer: false, example: '40' },
    section: 'The NPU and Copilot+ question',
    describe: (amount) => `${formatNumber(amount)} TOPS`,
  },
]

/** Query parameters as Next passes them to a page. */
export type CheckerParams = Record<string, string | string[] | undefined>

/** What the reader entered: amounts that parsed, the text of each field (to show it again), a message per bad field. */
export type MachineInput = {
  amounts: Record<string, number>
  text: Record<string, string>
  errors: Record<string, string>
  /** Whether any checker parameter was in the URL at all (a submitted form). */
  submitted: boolean
}

/** Longest text kept from a field; longer input is not a plausible value anyway. */
const MAX_FIELD_LENGTH = 40

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Decimals a number field takes: what formatNumber shows, so a result line repeats the value as it was typed. */
export const MAX_DECIMALS = 2

function parseNumber(text: string, input: NumberInput): number | string {
  const example = `for example ${input.example}`
  const number = /^\d+(?:\.(\d+))?$/.exec(text)
  if (!number) {
    if (/^-\d/.test(text)) return `Enter a number of ${formatNumber(input.min)} or more, ${example}.`
    return `Enter a number${input.integer ? '' : ' (digits, with a dot for decimals)'}, ${example}.`
  }
  // "0.0000001" would show as 0: the reader gets asked for a value the page can repeat, not a rounded one.
  if ((number[1] ?? '').replace(/0+$/, '').length > MAX_DECIMALS) {
    return input.integer ? `Enter a whole number, ${example}.` : `Enter at most ${MAX_DECIMALS} digits after the dot, ${example}.`
  }
  const amount = Number(text)
  if (input.integer && !Number.isInteger(amount)) return `Enter a whole number, ${example}.`
  if (amount < input.min) return `Enter a number of ${formatNumber(input.min)} or more, ${example}.`
  if (amount > input.max) return `${formatNumber(amount)} is more than a PC has; enter at most ${formatNumber(input.max)}.`
  return amount
}

/** Reads the checker's parameters. Unknown parameters are ignored; an empty field means "not given". */
export function readMachine(params: CheckerParams): MachineInput {
  const machine: MachineInput = { amounts: {}, text: {}, errors: {}, submitted: false }
  for (const requirement of CHECKER_REQUIREMENTS) {
    const raw = first(params[requirement.param])
    if (raw === undefined) continue
    machine.submitted = true
    const typed = withoutControlCharacters(raw).trim()
    const text = typed.slice(0, MAX_FIELD_LENGTH)
    machine.text[requirement.param] = text
    if (text === '') continue
    const { input } = requirement
    if (input.kind === 'choice') {
      const choice = input.choices.find((option) => option.value === text.toLowerCase())
      if (choice) machine.amounts[requirement.param] = choice.amount
      else machine.errors[requirement.param] = `Choose one of the options: ${input.choices.map((option) => option.label).join(', ')} or “I don’t know”.`
      continue
    }
    const parsed = typed.length > MAX_FIELD_LENGTH ? `Enter a number, for example ${input.example}.` : parseNumber(text, input)
    if (typeof parsed === 'number') machine.amounts[requirement.param] = parsed
    else machine.errors[requirement.param] = parsed
  }
  return machine
}

/** A requirement's value at one level as a number, or undefined when that level sets none. */
function levelAmount(level: RequirementLevel | null | undefined, spec: keyof RequirementLevel): number | undefined {
  const value = level?.[spec]
  if (typeof value === 'boolean') return value ? 1 : 0
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** The verdict for one amount against a minimum and a recommended value (either may be missing). */
export function judge(amount: number | undefined, minimum: number | undefined, recommended: number | undefined): Verdict {
  if (amount === undefined) return 'not-given'
  if (minimum !== undefined && amount < minimum) return 'below-minimum'
  if (recommended !== undefined && amount < recommended) return 'meets-minimum'
  return 'meets-recommended'
}

export type RequirementResult = {
  requirement: CheckerRequirement
  result: Verdict
  amount: number | undefined
  minimum: number | undefined
  recommended: number | undefined
  /** False when the recommended value is the minimum's, the CMS setting none of its own. */
  recommendedSet: boolean
}

export type CheckResult = { overall: Verdict; results: RequirementResult[]; given: number }

/**
 * Compares a machine with the requirements. A requirement that neither level sets is left out. A recommended
 * value the CMS leaves empty is the minimum's: meeting the minimum then meets all that is recommended.
 * Overall: below the minimum if any requirement is; not given if nothing was entered; meets the minimum if any
 * requirement only meets the minimum; otherwise meets the recommended level.
 */
export function checkMachine(
  amounts: Record<string, number>,
  minimumLevel: RequirementLevel | null | undefined,
  recommendedLevel: RequirementLevel | null | undefined,
): CheckResult {
  const results: RequirementResult[] = []
  for (const requirement of CHECKER_REQUIREMENTS) {
    const minimum = levelAmount(minimumLevel, requirement.spec)
    const ownRecommended = levelAmount(recommendedLevel, requirement.spec)
    const recommended = ownRecommended ?? minimum
    if (minimum === undefined && recommended === undefined) continue
    const amount = Object.hasOwn(amounts, requirement.param) ? amounts[requirement.param] : undefined
    results.push({ requirement, amount, minimum, recommended, recommendedSet: ownRecommended !== undefined, result: judge(amount, minimum, recommended) })
  }
  const verdicts = results.map((line) => line.result)
  const given = verdicts.filter((verdict) => verdict !== 'not-given').length
  const overall: Verdict = verdicts.includes('below-minimum')
    ? 'below-minimum'
    : given === 0
      ? 'not-given'
      : verdicts.includes('meets-minimum')
        ? 'meets-minimum'
        : 'meets-recommended'
  return { overall, results, given }
}

/** How a verdict reads on the page. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  'meets-recommended': 'Meets the recommended level',
  'meets-minimum': 'Meets the minimum',
  'below-minimum': 'Below the minimum',
  'not-given': 'Not given',
}

/** A machine's answer in words: the option chosen ("TPM 1.2", "No"), or the number with its unit. */
export function describeAmount(requirement: CheckerRequirement, amount: number): string {
  const { input } = requirement
  if (input.kind === 'choice') return input.choices.find((choice) => choice.amount === amount)?.label ?? String(amount)
  return requirement.describe(amount)
}
