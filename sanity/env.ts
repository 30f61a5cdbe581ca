/**
 * Every Sanity-related environment variable is read here, once, so the rest of the code never touches
 * process.env directly. A project id selects the hosted source; without one the embedded dataset is used.
 */

/** The API version the queries are written against; pinned so a Sanity API change cannot alter results silently. */
export const DEFAULT_API_VERSION = '2025-01-01'

export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || undefined
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_API_VERSION

/** Server-only settings. */
export const apiHost = process.env.SANITY_API_HOST || undefined
export const readToken = process.env.SANITY_API_READ_TOKEN || undefined

export type ContentSource = 'hosted' | 'embedded'
export const contentSource: ContentSource = projectId ? 'hosted' : 'embedded'
