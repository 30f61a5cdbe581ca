import { defineCliConfig } from 'sanity/cli'

const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'unconfigured'
const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'

export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    path: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './sanity/**/*.ts'],
    schema: './sanity/extract.json',
    generates: './sanity.types.ts',
    overloadClientMethods: true,
  },
})
