'use client'
/**
 * Sanity Studio configuration. `'use client'` is required: the embedded Studio is a client-side application and
 * Next refuses to bundle its config for the server.
 */
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { dataset, projectId } from './sanity/env'
import { schemaTypes } from './sanity/schemaTypes'

export default defineConfig({
  name: 'windows-12-guide',
  title: 'Windows 12 Guide',
  // Without a configured project the Studio cannot reach any data; the placeholder only keeps tooling
  // (schema extraction, typegen) working offline.
  projectId: projectId ?? 'unconfigured',
  dataset,
  basePath: '/studio',
  plugins: [structureTool()],
  schema: { types: schemaTypes },
})
