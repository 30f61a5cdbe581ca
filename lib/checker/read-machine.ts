/**
 * Reading a machine from the checker's query parameters: each field's text kept to show it again, an amount for
 * each that parses, a message for each that does not. Unknown parameters are ignored.
 */

import { withoutControlCharacters } from '../reader-input'
import { CHECKER_REQUIREMENTS, MAX_DECIMALS, formatNumber, type NumberInput } from './requirements'

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
