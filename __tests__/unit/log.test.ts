/** @jest-environment node */
import { formatLogLine, maskSecrets } from '@/lib/log-line.cjs'

/*
 * The server log an operator ships: one JSON object per line with LOG_FORMAT=json, `[scope] message` otherwise, and
 * no secret in either (lib/log-line.cjs, written through lib/log.ts).
 */

const TOKEN = 'skREADtoken0123456789'
const time = new Date('2026-12-06T10:00:00.000Z')

describe('log lines', () => {
  test('JSON: one line with level, time, scope, message and the route or document id', () => {
    const line = formatLogLine({
      level: 'error',
      scope: 'content',
      message: 'guide guide-x: no slug;\nthe site shows it as missing.',
      fields: { documentId: 'guide-x', route: undefined },
      format: 'json',
      time,
    })
    expect(line.split('\n')).toHaveLength(1)
    expect(JSON.parse(line)).toEqual({
      level: 'error',
      time: '2026-12-06T10:00:00.000Z',
      scope: 'content',
      message: 'guide guide-x: no slug;\nthe site shows it as missing.',
      documentId: 'guide-x',
    })
  })

  test('plain text: `[scope] message`, as the server has always written it', () => {
    expect(formatLogLine({ level: 'warn', scope: 'route-index', message: 'refresh failed', fields: { route: '/x' }, time })).toBe('[route-index] refresh failed')
  })

  test.each(['json', 'text'] as const)('%s: configured secrets, bearer credentials and URL passwords are masked', (format) => {
    const line = formatLogLine({
      level: 'error',
      scope: 'sanity',
      message: `request with Authorization: Bearer ${TOKEN} failed; token ${TOKEN}; cache redis://app:hunter22@redis:6379`,
      fields: { route: `/api/x?secret=${TOKEN}` },
      format,
      secrets: [TOKEN, undefined],
      time,
    })
    expect(line).not.toContain(TOKEN)
    expect(line).not.toContain('hunter22')
    expect(line).toContain('[secret]')
  })

  test('masking leaves text without secrets alone', () => {
    expect(maskSecrets('GET /news 200 in 12 ms', ['abcd1234'])).toBe('GET /news 200 in 12 ms')
  })
})

describe('lib/log.ts', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.restoreAllMocks()
  })

  async function logWith(env: Record<string, string>): Promise<string[]> {
    process.env = { ...saved, ...env }
    const lines: string[] = []
    jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line))
    let module: typeof import('@/lib/log') | undefined
    jest.isolateModules(() => {
      module = jest.requireActual<typeof import('@/lib/log')>('@/lib/log')
    })
    module!.log.error('draft-mode', `could not check the preview secret (Bearer ${TOKEN})`, { route: '/api/draft-mode/enable' })
    return lines
  }

  test('LOG_FORMAT=json writes one JSON object per event, with the route, and masks the read token', async () => {
    const lines = await logWith({ LOG_FORMAT: 'json', SANITY_API_READ_TOKEN: TOKEN })
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', scope: 'draft-mode', route: '/api/draft-mode/enable' })
    expect(lines[0]).not.toContain(TOKEN)
  })

  test('without LOG_FORMAT, plain text with the token masked too', async () => {
    const lines = await logWith({ SANITY_API_READ_TOKEN: TOKEN, LOG_FORMAT: '' })
    expect(lines).toEqual(['[draft-mode] could not check the preview secret (Bearer [secret])'])
  })
})
