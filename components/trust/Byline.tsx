type Person = { _id: string; name: string | null } | null | undefined

export const personName = (person: Person) => person?.name?.trim() || null

/** "By Windows 12 Guide editors", for the metadata line beside a news item's date. Nothing when nobody is named. */
export function Byline({ author }: { author: Person }) {
  const name = personName(author)
  return name ? <span className="byline">By {name}</span> : null
}
