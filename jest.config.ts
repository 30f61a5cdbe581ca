import nextJest from 'next/jest.js'

/*
 * Three projects:
 * - unit: components, helpers and every GROQ query run with groq-js against the seed (seconds);
 * - studio: the Studio's schema, validation, structure and previews, run with Sanity's own packages (seconds);
 * - e2e: builds the app twice (embedded and hosted source; the second while the first tests run) and serves
 *   copies with `next start` on loopback;
 *   it includes the browser tests (__tests__/browser: Debian's Chromium through playwright-core, axe-core), which
 *   serve the same embedded build.
 * next/jest applies the app's SWC transform to our own files. Dependencies are not transpiled: many are
 * ES-module-only (sanity and its whole tree, groq-js, @portabletext/react...), and jest loads them through Node's
 * own ES-module support, which needs node to run with --experimental-vm-modules (see `test` in package.json).
 */
const createJestConfig = nextJest({ dir: './' })

async function project(options: Parameters<typeof createJestConfig>[0]) {
  // Build folders hold copies of package.json (the standalone server): not modules of the project.
  const config = await createJestConfig({
    moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
    modulePathIgnorePatterns: ['<rootDir>/.next-test/', '<rootDir>/.next/', '<rootDir>/.next-standalone/'],
    ...options,
  })()
  return { ...config, transformIgnorePatterns: ['/node_modules/'] }
}

export default async () => ({
  projects: [
    await project({
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts?(x)', '<rootDir>/__tests__/integration/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup-dom.ts'],
    }),
    await project({
      displayName: 'studio',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/studio/**/*.test.ts'],
    }),
    await project({
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts', '<rootDir>/__tests__/browser/**/*.test.ts'],
      // Two builds per run (embedded, hosted) that every e2e file serves copies of: see __tests__/support/shared-builds.ts.
      globalSetup: '<rootDir>/__tests__/support/e2e-global-setup.ts',
      globalTeardown: '<rootDir>/__tests__/support/e2e-global-teardown.ts',
    }),
  ],
})
