/**
 * @jest-environment node
 */
import { apiHostProblem } from '@/sanity/env'

/* The read token never travels over plain http beyond this machine (issue 19): checked when the server starts. */

const TOKEN = 'sk-read-token'

describe('apiHostProblem', () => {
  it.each(['http://sanity.example', 'http://10.0.0.5:8080', 'http://[2001:db8::1]', 'http://127.example', 'http://localhost.evil.example', 'ftp://api.sanity.io', 'api.sanity.io'])(
    'refuses %s while a read token is set, saying why and what to do',
    (apiHost) => {
      const problem = apiHostProblem({ apiHost, readToken: TOKEN })
      expect(problem).toMatch(/SANITY_API_HOST/)
      expect(problem).toMatch(/https/)
      expect(problem).not.toContain(TOKEN)
    },
  )

  it.each(['https://api.sanity.io', 'https://proxy.example:8443', 'http://127.0.0.1:4010', 'http://127.8.9.10', 'http://localhost:3333', 'http://[::1]:4010'])(
    'accepts %s (https, or plain http on loopback)',
    (apiHost) => {
      expect(apiHostProblem({ apiHost, readToken: TOKEN })).toBeNull()
    },
  )

  it('has nothing to protect without a token, and nothing to check without an API host', () => {
    expect(apiHostProblem({ apiHost: 'http://sanity.example', readToken: undefined })).toBeNull()
    expect(apiHostProblem({ apiHost: undefined, readToken: TOKEN })).toBeNull()
  })
})
