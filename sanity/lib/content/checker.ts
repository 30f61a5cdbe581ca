import { defineQuery } from 'groq'
import { readCached } from '../fetch'

/**
 * The PC checker: the requirements (the first document, as on the hub) with their machine-readable values, and
 * the guide that embeds them, with its section headings so each check can link to the section explaining it.
 */
export const CHECKER_QUERY = defineQuery(`*[_type == "requirements"] | order(_createdAt asc)[0]{
  _id,
  title,
  status,
  summary,
  minimum,
  recommended,
  "guide": *[_type == "guide" && defined(slug.current) && references(^._id)] | order(order asc)[0]{
    _id,
    title,
    "slug": slug.current,
    "headings": body[_type == "block" && style in ["h2", "h3"]]{ _key, "text": pt::text(@) }
  }
}`)

/**
 * The requirements the PC checker compares against, and the guide that explains how to check each value. Cached
 * under its tags (readCached): the checker is rendered per request.
 */
export function getCheckerRequirements() {
  return readCached({ query: CHECKER_QUERY, lists: ['requirements', 'guide'] })
}
