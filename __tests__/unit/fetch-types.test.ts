import type { FAQ_PAGE_QUERY_RESULT, GUIDE_QUERY_RESULT } from '@/sanity.types'
import type { sanityFetch } from '@/sanity/lib/fetch'
import type { FAQ_PAGE_QUERY, GUIDE_QUERY } from '@/sanity/lib/queries'

/*
 * Compile-time checks that sanityFetch returns the types typegen generated for each query, never `any`.
 * They are checked whenever the project is type-checked (`npm run typecheck`, and every `next build` of the e2e
 * tests); a wrong type makes the assignments below fail to compile.
 */
type IsAny<T> = 0 extends 1 & T ? true : false
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Fetched<Query extends string> = Awaited<ReturnType<typeof sanityFetch<Query>>>

const guideIsNotAny: IsAny<Fetched<typeof GUIDE_QUERY>> = false
const guideIsGenerated: Same<Fetched<typeof GUIDE_QUERY>, GUIDE_QUERY_RESULT> = true
const faqIsGenerated: Same<Fetched<typeof FAQ_PAGE_QUERY>, FAQ_PAGE_QUERY_RESULT> = true
// An unknown query string falls back to `unknown`, which forces the caller to check, rather than `any`.
const unknownQueryIsNotAny: IsAny<Fetched<'*[_type == "nothing"]'>> = false

it('sanityFetch is typed by typegen (checked by the compiler)', () => {
  expect([guideIsNotAny, guideIsGenerated, faqIsGenerated, unknownQueryIsNotAny]).toEqual([false, true, true, false])
})
