/**
 * @jest-environment node
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildOriginProblem, readBuildOrigin, recordBuildOrigin } from '@/lib/build-origin'
import { siteUrl } from '@/lib/site-config'

describe('the origin a build records', () => {
  it('is read back from the build folder; a folder without a record has none', () => {
    const distDir = mkdtempSync(path.join(tmpdir(), 'w12-origin-'))
    expect(readBuildOrigin(distDir)).toBeNull()
    recordBuildOrigin(distDir)
    expect(readBuildOrigin(distDir)).toEqual({ siteUrl, indexing: expect.any(Boolean) })
  })

  it('lets a server start with the same SITE_URL, and names both values and the fix otherwise', () => {
    expect(buildOriginProblem({ siteUrl: 'https://a.example', indexing: true }, 'https://a.example')).toBeNull()
    expect(buildOriginProblem(null, 'https://a.example')).toBeNull()
    const problem = buildOriginProblem({ siteUrl: 'http://localhost:3000', indexing: false }, 'https://example.org')
    expect(problem).toMatch(/^SITE_URL is https:\/\/example\.org, but the pages of this build were prerendered with http:\/\/localhost:3000/)
    expect(problem).toMatch(/start with SITE_URL=http:\/\/localhost:3000, or build again with SITE_URL=https:\/\/example\.org/)
  })
})
