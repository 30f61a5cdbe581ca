/**
 * Comparing a machine with the minimum and recommended levels the CMS holds: one verdict per requirement and one
 * for the machine.
 */

import { CHECKER_REQUIREMENTS, type CheckerRequirement, type RequirementLevel } from './requirements'

export type Verdict = 'meets-recommended' | 'meets-minimum' | 'below-minimum' | 'not-given'

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
