import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { firstHeading, freePort } from '../support/next-server'
import { SHARED_BUILD_DIRS, waitForBuild } from '../support/shared-builds'
import { until } from '../support/poll'

/*
 * The standalone folder the Docker image ships, assembled from the shared embedded build by the image's own script
 * (scripts/assemble-standalone.mts) into a folder outside the project, started there with `node server.js` and read
 * as a reader would: hub, a guide, the news, a 404, a search, a static asset; then stopped with SIGTERM.
 */
jest.setTimeout(300_000)

const ROOT = path.join(__dirname, '..', '..')
const GUIDE_PATH = '/windows-12-iso-download'

let folder: string
let server: ChildProcess
let output = ''
let base: string

beforeAll(async () => {
  await waitForBuild('embedded')
  folder = mkdtempSync(path.join(tmpdir(), 'w12-standalone-'))
  const out = path.join(folder, 'site')
  const assembly = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'assemble-standalone.mts'), '--dist-dir', SHARED_BUILD_DIRS.embedded, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '' },
  })
  if (assembly.status !== 0) throw new Error(`assembly failed:\n${assembly.stdout}${assembly.stderr}`)
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  // Only what the image sets: no project folder, no NEXT_DIST_DIR, no dataset path.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' }
  server = spawn(process.execPath, ['server.js'], { cwd: out, env })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  await until(
    'node server.js to answer /api/health',
    async () => {
      if (server.exitCode !== null) throw new Error(`node server.js exited with ${server.exitCode}:\n${output}`)
      // Not listening yet: a refused connection.
      return (await fetch(`${base}/api/health`).catch(() => null))?.ok === true
    },
    { detail: () => output },
  )
})

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGKILL')
    await exited
  }
  if (folder) rmSync(folder, { recursive: true, force: true })
})

async function page(route: string) {
  const response = await fetch(base + route)
  return { status: response.status, html: await response.text() }
}

test('serves the hub, a guide, the news, search and a 404 from the folder alone', async () => {
  const hub = await page('/')
  expect(hub.status).toBe(200)
  expect(firstHeading(hub.html)).toMatch(/Windows 12/)
  const guide = await page(GUIDE_PATH)
  expect(guide.status).toBe(200)
  expect(firstHeading(guide.html)).toMatch(/Windows 12 ISO/)
  const news = await page('/news')
  expect(news.status).toBe(200)
  expect(news.html).toMatch(/href="\/news\/[a-z0-9-]+"/)
  const missing = await page('/no-such-page-here')
  expect(missing.status).toBe(404)
  expect(firstHeading(missing.html)).toBe('Page not found')
  const search = await page('/search?q=tpm')
  expect(search.status).toBe(200)
  expect(search.html).toMatch(/TPM/)
  // The build's static files were copied in: the hub's first script loads.
  const script = /<script src="(\/_next\/static\/[^"]+)"/.exec(hub.html)?.[1]
  expect(script).toBeDefined()
  expect((await fetch(base + script)).status).toBe(200)
  // It reads the embedded dataset copied into the folder.
  expect(output).toMatch(/embedded dataset .*sanity\/seed\/production\.ndjson: \d+ documents/)
  expect(await (await fetch(`${base}/api/ready`)).json()).toMatchObject({ status: 'ready' })
})

test('SIGTERM stops it with exit code 0', async () => {
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  server.kill('SIGTERM')
  expect(await exited).toBe(0)
})
