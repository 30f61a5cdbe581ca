'use client'
/**
 * Sanity Studio configuration, for the Studio embedded at /studio and for the Sanity CLI. `'use client'` is
 * required: the embedded Studio is a client-side application and Next refuses to bundle its config for the server.
 * Import sanity/ modules with relative paths: the CLI loads this file without the app's path aliases.
 */
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { dataset, projectId } from './sanity/env.public'
import { locations, mainDocuments } from './sanity/presentation-resolve'
import { schemaTypes } from './sanity/schemaTypes'
import { resolveDocumentActions, resolveNewDocumentOptions, resolveTemplates, structure } from './sanity/studio-structure'

export default defineConfig({
  name: 'windows-12-guide',
  title: 'Windows 12 Guide',
  // Without a configured project the Studio cannot reach any data (app/studio shows set-up help instead); the
  // placeholder only keeps tooling (schema extraction, typegen) working offline.
  projectId: projectId ?? 'unconfigured',
  dataset,
  // The route app/studio/[[...tool]]; sanity/lib/draft.ts points stega edit links here too.
  basePath: '/studio',
  plugins: [
    structureTool({ structure }),
    presentationTool({
      title: 'Preview',
      resolve: { locations, mainDocuments },
      // Same origin as the Studio: the site and the Studio are one Next.js app.
      previewUrl: { previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
    }),
  ],
  schema: { types: schemaTypes, templates: resolveTemplates },
  document: { actions: resolveDocumentActions, newDocumentOptions: resolveNewDocumentOptions },
})
