import { checkMachine, judge } from '@/lib/checker/evaluate'
import { readMachine } from '@/lib/checker/read-machine'
import { CHECKER_REQUIREMENTS, type RequirementLevel } from '@/lib/checker/requirements'

/** Requirements shaped like the CMS document (the numbers are the test's own, not the seed's). */
const minimum: RequirementLevel = {
  cpuCores: 2,
  cpu64Bit: true,
  ramGb: 8,
  storageGb: 64,
  tpmVersion: 2,
  secureBoot: true,
  directX: 12,
  displayHeightPx: 720,
}
const recommended: RequirementLevel = { ramGb: 16, npuTops: 40 }

const verdictsOf = (params: Record<string, string>, low: RequirementLevel | null = minimum, high: RequirementLevel | null = recommended): Record<string, string> => {
  const machine = readMachine(params)
  expect(machine.errors).toEqual({})
  const check = checkMachine(machine.amounts, low, high)
  const lines = Object.fromEntries(check.results.map((line) => [line.requirement.param, line.result]))
  return { overall: check.overall, ...lines }
}

describe('judge: one amount against a minimum and a recommended value', () => {
  it.each([
    [undefined, 8, 16, 'not-given'],
    [7.99, 8, 16, 'below-minimum'],
    [8, 8, 16, 'meets-minimum'],
    [15.99, 8, 16, 'meets-minimum'],
    [16, 8, 16, 'meets-recommended'],
    [64, 8, 16, 'meets-recommended'],
    [0, undefined, 40, 'meets-minimum'],
    [39, undefined, 40, 'meets-minimum'],
    [40, undefined, 40, 'meets-recommended'],
    [1, 2, undefined, 'below-minimum'],
    [2, 2, undefined, 'meets-recommended'],
    [0, undefined, undefined, 'meets-recommended'],
  ] as const)('%p against minimum %p and recommended %p: %s', (amount, low, high, verdict) => {
    expect(judge(amount, low, high)).toBe(verdict)
  })
})

describe('checkMachine: every requirement at its boundaries', () => {
  it.each([
    ['cores', '1', 'below-minimum'],
    ['cores', '2', 'meets-recommended'],
    ['ram', '7.5', 'below-minimum'],
    ['ram', '8', 'meets-minimum'],
    ['ram', '15.9', 'meets-minimum'],
    ['ram', '16', 'meets-recommended'],
    ['storage', '63.9', 'below-minimum'],
    ['storage', '64', 'meets-recommended'],
    ['storage', '0', 'below-minimum'],
    ['display', '719', 'below-minimum'],
    ['display', '720', 'meets-recommended'],
    ['npu', '0', 'meets-minimum'],
    ['npu', '39.9', 'meets-minimum'],
    ['npu', '40', 'meets-recommended'],
    ['tpm', 'none', 'below-minimum'],
    ['tpm', '1.2', 'below-minimum'],
    ['tpm', '2.0', 'meets-recommended'],
    ['x64', 'no', 'below-minimum'],
    ['x64', 'yes', 'meets-recommended'],
    ['secureboot', 'no', 'below-minimum'],
    ['secureboot', 'yes', 'meets-recommended'],
    ['dx12', 'no', 'below-minimum'],
    ['dx12', 'yes', 'meets-recommended'],
  ])('%s=%s: %s', (param, value, verdict) => {
    expect(verdictsOf({ [param]: value })[param]).toBe(verdict)
  })

  it('marks every requirement left empty as not given, and the whole as not given when nothing was entered', () => {
    const result = verdictsOf(Object.fromEntries(CHECKER_REQUIREMENTS.map(({ param }) => [param, ''])))
    expect(result).toEqual({
      overall: 'not-given',
      cores: 'not-given',
      x64: 'not-given',
      ram: 'not-given',
      storage: 'not-given',
      tpm: 'not-given',
      secureboot: 'not-given',
      dx12: 'not-given',
      display: 'not-given',
      npu: 'not-given',
    })
  })

  const capable = { cores: '8', x64: 'yes', ram: '32', storage: '500', tpm: '2.0', secureboot: 'yes', dx12: 'yes', display: '1440', npu: '45' }

  it('overall: meets the recommended level only when every given value does', () => {
    expect(verdictsOf(capable).overall).toBe('meets-recommended')
    expect(verdictsOf({ ...capable, npu: '' }).overall).toBe('meets-recommended')
  })

  it('overall: meets the minimum when one value only meets the minimum', () => {
    expect(verdictsOf({ ...capable, ram: '8' }).overall).toBe('meets-minimum')
  })

  it('overall: below the minimum when any one value is, whatever the others', () => {
    expect(verdictsOf({ ...capable, tpm: '1.2' }).overall).toBe('below-minimum')
    expect(verdictsOf({ ...capable, ram: '8', secureboot: 'no' }).overall).toBe('below-minimum')
  })

  it('takes an empty recommended value from the minimum, and leaves out what neither level sets', () => {
    const result = verdictsOf({ cores: '2', ram: '8', npu: '5' }, { cpuCores: 2, ramGb: 8 }, null)
    expect(result).toEqual({ overall: 'meets-recommended', cores: 'meets-recommended', ram: 'meets-recommended' })
  })

  it('follows the CMS: a changed minimum changes the verdict (no requirement is fixed in code)', () => {
    expect(verdictsOf({ ram: '8' }).ram).toBe('meets-minimum')
    expect(verdictsOf({ ram: '8' }, { ...minimum, ramGb: 12 }).ram).toBe('below-minimum')
    expect(verdictsOf({ tpm: '1.2' }, { ...minimum, tpmVersion: 1.2 }, {}).tpm).toBe('meets-recommended')
    expect(verdictsOf({ x64: 'no' }, { ...minimum, cpu64Bit: false }, {}).x64).toBe('meets-recommended')
  })

  it('judges nothing when the requirements document is missing', () => {
    expect(checkMachine(readMachine({ ram: '8' }).amounts, null, null)).toEqual({ overall: 'not-given', results: [], given: 0 })
  })
})

describe('readMachine: bad input gets a message on its field and no verdict', () => {
  it.each([
    ['ram', '-8', 'Enter a number of 0.5 or more, for example 16.'],
    ['ram', 'abc', 'Enter a number (digits, with a dot for decimals), for example 16.'],
    ['ram', '8GB', 'Enter a number (digits, with a dot for decimals), for example 16.'],
    ['ram', '1e3', 'Enter a number (digits, with a dot for decimals), for example 16.'],
    ['ram', '0.25', 'Enter a number of 0.5 or more, for example 16.'],
    ['ram', '99999999', '99,999,999 is more than a PC has; enter at most 65,536.'],
    ['cores', '2.5', 'Enter a whole number, for example 4.'],
    ['cores', '0', 'Enter a number of 1 or more, for example 4.'],
    ['cores', 'NaN', 'Enter a number, for example 4.'],
    ['cores', 'Infinity', 'Enter a number, for example 4.'],
    ['display', '50', 'Enter a number of 100 or more, for example 1080.'],
    ['npu', '-1', 'Enter a number of 0 or more, for example 40.'],
    ['tpm', '3.0', 'Choose one of the options: None, TPM 1.2, TPM 2.0 or “I don’t know”.'],
    ['tpm', '2', 'Choose one of the options: None, TPM 1.2, TPM 2.0 or “I don’t know”.'],
    ['x64', 'maybe', 'Choose one of the options: Yes, No or “I don’t know”.'],
    ['secureboot', '<script>', 'Choose one of the options: Yes, No or “I don’t know”.'],
  ])('%s=%j: %s', (param, value, message) => {
    const machine = readMachine({ [param]: value })
    expect(machine.errors).toEqual({ [param]: message })
    expect(machine.amounts).toEqual({})
    expect(machine.text[param]).toBe(value.trim().slice(0, 40))
  })

  it('refuses a value too long to be a number, keeping only its start to show again', () => {
    const machine = readMachine({ storage: '9'.repeat(500) })
    expect(machine.errors).toEqual({ storage: 'Enter a number, for example 128.' })
    expect(machine.text.storage).toBe('9'.repeat(40))
  })

  it('accepts surrounding spaces and upper case options, takes the first of repeated parameters, ignores unknown ones', () => {
    const machine = readMachine({ ram: ' 16 ', x64: 'YES', tpm: ['2.0', 'none'], verbose: 'yes' })
    expect(machine).toEqual({ amounts: { ram: 16, x64: 1, tpm: 2 }, text: { ram: '16', x64: 'YES', tpm: '2.0' }, errors: {}, submitted: true })
  })

  it('knows a submitted empty form from a first visit', () => {
    expect(readMachine({}).submitted).toBe(false)
    expect(readMachine({ ram: '' }).submitted).toBe(true)
    expect(readMachine({ unrelated: '1' }).submitted).toBe(false)
  })
})
