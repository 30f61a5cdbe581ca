import type { StepsValue } from './types'

export function Steps({ value }: { value: StepsValue }) {
  const items = (value.items ?? []).filter((item) => item.title)
  if (items.length === 0) return null
  return (
    <section className="steps" aria-label={value.title ?? 'Steps'}>
      {value.title ? <h3 className="steps-title">{value.title}</h3> : null}
      <ol>
        {items.map((item) => (
          <li key={item._key}>
            <strong>{item.title}</strong>
            {item.detail ? <p>{item.detail}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
