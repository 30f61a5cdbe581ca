/**
 * "Can my PC run Windows 12?": the checker's questions (what each asks, how the form takes it, how a value reads in
 * words). No number of any requirement lives here: those come from the CMS. Reading a machine from the query is in
 * ./read-machine.ts, comparing it with the requirements in ./evaluate.ts.
 *
 * Every requirement is compared as a number, machine >= requirement: yes/no answers count as 1/0 and a required
 * switch as 1, TPM "none" as 0, a DirectX 12 "no" as 11 (a GPU short of version 12).
 */

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

export type NumberInput = {
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
/** Decimals a number field takes and a value shows, so a result line repeats the value as it was typed. */
export const MAX_DECIMALS = 2

/** One formatter for every value: toLocaleString with options builds a new Intl.NumberFormat on each call. */
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: MAX_DECIMALS })
export const formatNumber = (amount: number) => numberFormat.format(amount)

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

/** A machine's answer in words: the option chosen ("TPM 1.2", "No"), or the number with its unit. */
export function describeAmount(requirement: CheckerRequirement, amount: number): string {
  const { input } = requirement
  if (input.kind === 'choice') return input.choices.find((choice) => choice.amount === amount)?.label ?? String(amount)
  return requirement.describe(amount)
}
