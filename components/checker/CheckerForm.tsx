import { CHECKER_PATH } from '@/lib/urls'
import type { MachineInput } from '@/lib/checker/read-machine'
import { CHECKER_REQUIREMENTS } from '@/lib/checker/requirements'
import { BrowserEstimate, type EstimateKind } from './BrowserEstimate'
import styles from './Checker.module.css'

/** Fields a browser can estimate, pre-filled on a first visit by a small client component. */
const ESTIMABLE: Record<string, EstimateKind> = { cores: 'cores', ram: 'ram', display: 'display' }

const fieldId = (param: string) => `checker-${param}`

/**
 * The checker's GET form: the parameters are the URL of the result, so it works without JavaScript and a
 * result can be shared. A bad value is shown again with its message next to the field.
 */
export function CheckerForm({ machine }: { machine: MachineInput }) {
  const errorCount = Object.keys(machine.errors).length
  return (
    <form action={CHECKER_PATH} method="get" className={styles.form} noValidate aria-labelledby="checker-form-heading">
      <h2 id="checker-form-heading">Your PC</h2>
      {errorCount > 0 ? (
        <div className={styles.errorSummary} role="alert" aria-labelledby="checker-errors-heading">
          <h3 id="checker-errors-heading">{errorCount === 1 ? 'One value needs fixing' : `${errorCount} values need fixing`}</h3>
          <ul>
            {CHECKER_REQUIREMENTS.filter((requirement) => machine.errors[requirement.param]).map((requirement) => (
              <li key={requirement.param}>
                <a href={`#${fieldId(requirement.param)}`}>
                  {requirement.label}: {machine.errors[requirement.param]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className={styles.formIntro}>Fill in what you know; leave the rest empty. Each field says where Windows shows the value.</p>
      {CHECKER_REQUIREMENTS.map((requirement) => {
        const id = fieldId(requirement.param)
        const error = machine.errors[requirement.param]
        const estimate = ESTIMABLE[requirement.param]
        const describedBy = [`${id}-hint`, estimate ? `${id}-estimate` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
        const text = machine.text[requirement.param] ?? ''
        const { input } = requirement
        return (
          <div key={requirement.param} className={error ? `${styles.field} ${styles.fieldInvalid}` : styles.field}>
            <label htmlFor={id} className={styles.label}>
              {requirement.label}
            </label>
            <span id={`${id}-hint`} className={styles.hint}>
              {requirement.hint}
            </span>
            {error ? (
              <span id={`${id}-error`} className={styles.error}>
                <span className="visually-hidden">Error: </span>
                {error}
              </span>
            ) : null}
            {input.kind === 'choice' ? (
              <select
                id={id}
                name={requirement.param}
                defaultValue={input.choices.some((choice) => choice.value === text.toLowerCase()) ? text.toLowerCase() : ''}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                className={styles.control}
              >
                <option value="">I don’t know</option>
                {input.choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={requirement.param}
                type="text"
                inputMode={input.integer ? 'numeric' : 'decimal'}
                autoComplete="off"
                defaultValue={text}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                className={`${styles.control} ${styles.number}`}
              />
            )}
            {estimate ? (
              <span id={`${id}-estimate`} className={styles.estimate}>
                {machine.submitted ? null : <BrowserEstimate kind={estimate} inputId={id} />}
              </span>
            ) : null}
          </div>
        )
      })}
      <p className={styles.actions}>
        <button type="submit" className={styles.submit}>
          Check my PC
        </button>
        {machine.submitted ? <a href={CHECKER_PATH}>Start again</a> : null}
      </p>
    </form>
  )
}
