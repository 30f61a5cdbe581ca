import { newsFeedHandler } from '../news-feed-response'

// Cached like a page (see ../feed.xml/route.ts).
export const dynamic = 'force-static'

/** JSON Feed 1.1 of the latest news. */
export const GET = newsFeedHandler('json')
