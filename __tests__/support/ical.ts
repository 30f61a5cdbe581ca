/**
 * A small reader of iCalendar text (RFC 5545), enough to check what calendar apps will see: lines unfolded,
 * properties split into name, parameters and value, text values unescaped, VEVENTs collected.
 */

export type ICalProperty = { name: string; params: Record<string, string>; value: string }
export type ICalEvent = Record<string, ICalProperty>
export type ICalendar = { properties: Record<string, ICalProperty>; events: ICalEvent[]; lines: string[] }

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))

/** Index of the colon that ends a line's name and parameters (a quoted parameter value may hold colons). */
function nameEnd(line: string): number {
  let quoted = false
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '"') quoted = !quoted
    else if (line[index] === ':' && !quoted) return index
  }
  return -1
}

export function parseICalendar(text: string): ICalendar {
  if (!text.includes('\r\n')) throw new Error('iCalendar lines must end with CRLF')
  // A line starting with a space or tab continues the previous one.
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '')
  const calendar: ICalendar = { properties: {}, events: [], lines }
  const stack: string[] = []
  let event: ICalEvent | null = null
  for (const line of lines) {
    const colon = nameEnd(line)
    if (colon === -1) throw new Error(`not a content line: ${line}`)
    const [name, ...paramParts] = line.slice(0, colon).split(';')
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') {
      stack.push(value)
      if (value === 'VEVENT') event = {}
      continue
    }
    if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not close ${stack.at(-1)}`)
      if (value === 'VEVENT' && event) calendar.events.push(event)
      if (value === 'VEVENT') event = null
      continue
    }
    const params = Object.fromEntries(paramParts.map((part) => part.split('=') as [string, string]))
    const property = { name, params, value: unescapeText(value) }
    if (event) event[name] = property
    else if (stack.at(-1) === 'VCALENDAR') calendar.properties[name] = property
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`)
  return calendar
}

/** "20261215" -> "2026-12-15". */
export const icalDate = (value: string) => `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`
