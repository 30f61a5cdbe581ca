/**
 * The Sanity settings that are public: the project and dataset (NEXT_PUBLIC_*, which Next also inlines into
 * browser bundles) and the API version. The Studio's configuration (sanity.config.ts, a client module), the CLI
 * and next.config.ts read them here; server code may import them through ./env, which re-exports them next to
 * the server-only settings. Each variable is read in this one place.
 */

/** The API version the queries are written against; pinned so a Sanity API change cannot alter results silently. */
export const DEFAULT_API_VERSION = '2025-01-01'

export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || undefined
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_API_VERSION

export type ContentSource = 'hosted' | 'embedded'
/** A project id selects the hosted source; without one the embedded dataset is used. */
export const contentSource: ContentSource = projectId ? 'hosted' : 'embedded'
