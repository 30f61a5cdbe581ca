/**
 * @jest-environment node
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildKey } from '../support/shared-builds'

/* E2E_REUSE_BUILDS reuses a shared build only while its key is unchanged (__tests__/support/e2e-global-setup.ts). */
describe('the key of a shared e2e build', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'w12-key-'))
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  write('app/page.tsx', 'v1')
  write('package-lock.json', '{}')

  it('changes with a source file, the lockfile or the kind of build', () => {
    const before = buildKey('embedded', root)
    expect(buildKey('embedded', root)).toBe(before)
    expect(buildKey('hosted', root)).not.toBe(before)
    write('app/page.tsx', 'v2')
    const edited = buildKey('embedded', root)
    expect(edited).not.toBe(before)
    write('sanity/seed/production.ndjson', '{}')
    expect(buildKey('embedded', root)).not.toBe(edited)
  })

  it('ignores tests, docs and what builds write themselves', () => {
    const before = buildKey('embedded', root)
    write('__tests__/e2e/x.test.ts', 'x')
    write('docs/x.md', 'x')
    write('next-env.d.ts', '/// <reference path="./.next-test/other/types/routes.d.ts" />')
    write('.next-test/shared-embedded/BUILD_ID', 'x')
    write('tsconfig.tsbuildinfo', '{}')
    expect(buildKey('embedded', root)).toBe(before)
  })
})
