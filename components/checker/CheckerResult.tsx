import { VERDICT_LABELS, type CheckResult, type Verdict } from '@/lib/checker/evaluate'
import { describeAmount } from '@/lib/checker/requirements'
import styles from './Checker.module.css'

/** A sign beside each verdict, so the result never rests on colour alone. */
const SIGNS: Record<Verdict, string> = {
  'meets-recommended': '✓',
  'meets-minimum': '✓',
  'below-minimum': '✗',
  'not-given': '–',
}

const VERDICT_CLASS: Record<Verdict, string | undefined> = {
  'meets-recommended': styles.recommended,
  'meets-minimum': styles.minimum,
  'below-minimum': styles.below,
  'not-given': undefined,
}

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ')

type CheckerResultProps = {
  check: CheckResult
  /** "expected " or "rumored " before "minimum" while the requirements are not confirmed; "" once they are. */
  qualifier: string
  /** Where each requirement's value can be found, by parameter. */
  howToCheck: Record<string, string>
}

function summary({ overall, results, given }: CheckResult, qualifier: string): string {
  const below = results.filter((line) => line.result === 'below-minimum').length
  switch (overall) {
    case 'below-minimum':
      return `From what you entered, this PC falls short of the ${qualifier}minimum in ${below === 1 ? 'one requirement' : `${below} requirements`}. Some, such as TPM and Secure Boot, are often only switched off in the firmware: the guide explains how to check.`
    case 'meets-minimum':
      return `From what you entered, this PC meets the ${qualifier}minimum, but not every recommended value.`
    case 'meets-recommended':
      return `From what you entered, this PC meets the ${qualifier}minimum and the recommended values.`
    default:
      return given === 0 ? 'You have not entered any values yet. Fill in the form below.' : ''
  }
}

/** The overall verdict and one line per requirement, marked up for machines (data-verdict, data-result) and people. */
export function CheckerResult({ check, qualifier, howToCheck }: CheckerResultProps) {
  const notGiven = check.results.length - check.given
  return (
    <section className={classes(styles.result, VERDICT_CLASS[check.overall])} data-verdict={check.overall} aria-labelledby="checker-result-heading">
      <h2 id="checker-result-heading" className={styles.resultHeading}>
        <span aria-hidden="true" className={styles.sign}>
          {SIGNS[check.overall]}
        </span>{' '}
        Result: {VERDICT_LABELS[check.overall]}
      </h2>
      <p>{summary(check, qualifier)}</p>
      {check.given > 0 && notGiven > 0 ? (
        <p className={styles.partial}>
          This covers {check.given} of {check.results.length} requirements; {notGiven === 1 ? 'one was' : `${notGiven} were`} left empty.
        </p>
      ) : null}
      <ul className={styles.lines}>
        {check.results.map((line) => {
          const { requirement } = line
          return (
            <li key={requirement.param} className={classes(styles.line, VERDICT_CLASS[line.result])} data-requirement={requirement.param} data-result={line.result}>
              <span aria-hidden="true" className={styles.sign}>
                {SIGNS[line.result]}
              </span>
              <div>
                <p className={styles.lineHead}>
                  <strong>{requirement.label}</strong>: <span className={styles.verdict}>{VERDICT_LABELS[line.result]}</span>
                </p>
                <p className={styles.lineDetail}>
                  Yours: {line.amount === undefined ? 'not given' : describeAmount(requirement, line.amount)} · Minimum:{' '}
                  {line.minimum === undefined ? 'none' : requirement.describe(line.minimum)} · Recommended:{' '}
                  {line.recommended === undefined ? 'none' : line.recommendedSet ? requirement.describe(line.recommended) : 'same as minimum'}
                </p>
                {howToCheck[requirement.param] ? (
                  <a href={howToCheck[requirement.param]} className={styles.howTo}>
                    How to check this<span className="visually-hidden">: {requirement.label}</span>
                  </a>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
