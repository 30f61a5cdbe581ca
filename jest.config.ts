import nextJest from 'next/jest.js'

/*
 * Two projects:
 * - unit: components, helpers and every GROQ query run with groq-js against the seed (seconds);
 * - e2e: builds the app and serves it with `next start` on loopback (about a minute).
 * next/jest applies the app's SWC transform and next.config's transpilePackages (ES-module-only dependencies).
 */
const createJestConfig = nextJest({ dir: './' })

export default async () => ({
  projects: [
    await createJestConfig({
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts?(x)', '<rootDir>/__tests__/integration/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup-dom.ts'],
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
    })(),
    await createJestConfig({
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
    })(),
  ],
})
