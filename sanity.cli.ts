import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './sanity/env.public'

export default defineCliConfig({
  // Without a project the CLI still runs the offline commands (schema extract, typegen).
  api: { projectId: projectId ?? 'unconfigured', dataset },
  typegen: {
    path: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './sanity/**/*.ts'],
    schema: './sanity/extract.json',
    generates: './sanity.types.ts',
    overloadClientMethods: true,
  },
})
