import { readMachine } from '@/lib/checker/read-machine'
import { CHECKER_REQUIREMENTS, describeAmount } from '@/lib/checker/requirements'
import { readSearchQuery, searchTerms } from '@/lib/search'

/*
 * What readers type, as the page shows it back (issue 19): no control characters in a query or a field, and no
 * number the result line cannot repeat as it was typed.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

describe('readSearchQuery', () => {
  it.each([
    ['win\u0000dows', 'windows'],
    ['\u0000\u0001TPM\u001b[31m', 'TPM[31m'],
    ['release\tdate', 'release date'],
    ['release\r\ndate', 'release  date'],
    ['iso\u0085download', 'iso download'],
    ['bios\u009b2J', 'bios2J'],
    ['\u007fUSB\u0000', 'USB'],
  ])('shows %j as %j', (typed, shown) => {
    expect(readSearchQuery(typed)).toBe(shown)
  })

  it('searches what is shown', () => {
    expect(searchTerms(readSearchQuery('win\u0000dows 12'))).toEqual(searchTerms('windows 12'))
  })

  it('keeps 200 characters of text, not of control characters', () => {
    const query = readSearchQuery(`${'\u0000'.repeat(500)}tpm`)
    expect(query).toBe('tpm')
    expect(readSearchQuery('\u0000'.repeat(1000))).toBe('')
    expect(CONTROL.test(readSearchQuery(Array.from({ length: 256 }, (_, n) => String.fromCharCode(n)).join('')))).toBe(false)
  })
})

describe('the checker’s echo', () => {
  const storage = CHECKER_REQUIREMENTS.find((requirement) => requirement.param === 'storage')!

  it('asks for a number it can show as typed instead of showing “0 GB free” for a tiny one', () => {
    const machine = readMachine({ storage: `0.${'0'.repeat(36)}1` })
    expect(machine.amounts).toEqual({})
    expect(machine.errors.storage).toBe('Enter at most 2 digits after the dot, for example 128.')
    expect(readMachine({ storage: '1e-37' }).errors.storage).toMatch(/^Enter a number/)
    expect(readMachine({ ram: '15.999' }).errors.ram).toBe('Enter at most 2 digits after the dot, for example 16.')
    expect(readMachine({ cores: '4.5' }).errors.cores).toBe('Enter a whole number, for example 4.')
  })

  it.each([
    ['0', '0 GB free'],
    ['128', '128 GB free'],
    ['0.5', '0.5 GB free'],
    ['63.95', '63.95 GB free'],
    ['64.500', '64.5 GB free'],
    ['0064', '64 GB free'],
  ])('repeats %j as %j', (typed, shown) => {
    const machine = readMachine({ storage: typed })
    expect(machine.errors).toEqual({})
    expect(describeAmount(storage, machine.amounts.storage)).toBe(shown)
  })

  it('shows a field again without its control characters', () => {
    const machine = readMachine({ ram: '16\u0000', storage: '\u001b[2J', tpm: '2.0\u0000' })
    expect(machine.text).toEqual({ ram: '16', storage: '[2J', tpm: '2.0' })
    expect(machine.amounts).toEqual({ ram: 16, tpm: 2 })
    expect(machine.errors.storage).toMatch(/^Enter a number/)
  })
})
