import { defineQuery } from 'groq'
import { simpleTextProjection } from './content/fragments'

/*
 * Every other query lives beside the reader or module that runs it (./content/*, ./route-index,
 * ./content-problems, ./readiness).
 */

export const FAQ_PAGE_QUERY = defineQuery(`*[_type == "faq" && defined(question)] | order(order asc, question asc){
  _id, "question": string(question), "category": string(category), "answer": answer[]${simpleTextProjection}
}`)
