/**
 * One environment module per runtime: server/start.mjs for the server process before Next loads (port, address,
 * shutdown; it sets NODE_ENV for Next), lib/site-config.ts for the app (with lib/process-env.cjs, the part that
 * cache-handler.mjs shares), sanity/env.ts and sanity/env.public.ts for the Sanity settings (the public ones are
 * what the Studio may see). Everything else receives values from them, and the server checks them at start-up.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, sourceFiles } from '../support/source-files'

/** The modules allowed to read process.env, relative to the project root. */
const ENVIRONMENT_MODULES = ['lib/site-config.ts', 'lib/process-env.cjs', 'sanity/env.ts', 'sanity/env.public.ts', 'server/start.mjs']

describe('reading the environment', () => {
  it('happens only in the environment modules', () => {
    const files = sourceFiles()
    // The scan must see the files that used to read process.env on their own.
    expect(files).toEqual(expect.arrayContaining(['next.config.ts', 'cache-handler.mjs', 'instrumentation.ts', 'sanity/lib/embedded.ts']))
    const readers = files.filter((file) => /process\s*\.\s*env|process\s*\[\s*['"]env['"]\s*\]/.test(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(readers.filter((file) => !ENVIRONMENT_MODULES.includes(file))).toEqual([])
  })

  it('reads only variables that .env.example documents', () => {
    const names = new Set(
      ENVIRONMENT_MODULES.flatMap((file) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((match) => match[1])),
    )
    expect(names.size).toBeGreaterThan(10)
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8')
    expect([...names].filter((name) => !new RegExp(`\\b${name}\\b`).test(example))).toEqual([])
  })

  it('is not pulled into the Studio through the URL builders', () => {
    jest.isolateModules(() => {
      jest.doMock('@/lib/site-config', () => {
        throw new Error('lib/urls.ts imported the server settings')
      })
      const urls = require('@/lib/urls') as typeof import('@/lib/urls')
      expect(urls.documentPath('newsItem', 'a-story')).toBe('/news/a-story')
    })
    jest.dontMock('@/lib/site-config')
  })
})

describe('environmentProblems (checked when the server starts)', () => {
  /** environmentProblems of lib/site-config as loaded with `env` set (and restored afterwards). */
  function problemsWith(env: Record<string, string>): string[] {
    const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
    Object.assign(process.env, env)
    try {
      let problems: string[] = []
      jest.isolateModules(() => {
        const config = require('@/lib/site-config') as typeof import('@/lib/site-config')
        problems = config.environmentProblems({ hostedContent: false, production: true })
      })
      return problems
    } finally {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  }

  it('accepts well-formed values', () => {
    expect(problemsWith({ REVALIDATE_SECONDS: '600', NEWS_PRERENDER_COUNT: '0', SITE_INDEXING: 'Off', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([])
  })

  it('names each malformed variable, its value and what it takes, instead of falling back silently', () => {
    const problems = problemsWith({ REVALIDATE_SECONDS: '1h', NEWS_PRERENDER_COUNT: '-3', SITE_INDEXING: 'yes', REDIS_URL: 'cache.internal:6379' })
    expect(problems).toEqual([
      expect.stringMatching(/^REVALIDATE_SECONDS must be a whole number .*"1h"/),
      expect.stringMatching(/^NEWS_PRERENDER_COUNT must be a whole number .*"-3"/),
      expect.stringMatching(/^SITE_INDEXING must be "on" or "off".*"yes"/),
      expect.stringMatching(/^REDIS_URL must be a redis:\/\/ .*"cache.internal:6379"/),
    ])
  })

  it('checks the Sanity settings too', () => {
    const previous = process.env.SANITY_WEBHOOK_SETTLE_MS
    process.env.SANITY_WEBHOOK_SETTLE_MS = 'three seconds'
    try {
      let problems: string[] = []
      jest.isolateModules(() => {
        problems = (require('@/sanity/env') as typeof import('@/sanity/env')).sanityEnvironmentProblems()
      })
      expect(problems).toEqual([expect.stringMatching(/^SANITY_WEBHOOK_SETTLE_MS must be a whole number .*"three seconds"/)])
    } finally {
      if (previous === undefined) delete process.env.SANITY_WEBHOOK_SETTLE_MS
      else process.env.SANITY_WEBHOOK_SETTLE_MS = previous
    }
  })
})
