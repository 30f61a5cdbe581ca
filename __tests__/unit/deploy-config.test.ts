/** @jest-environment node */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { classifyPath, ROUTES } from '@/lib/routes'

/*
 * deploy/compose.yaml and deploy/docker/Dockerfile cannot be run here (no Docker engine, no base images): this test
 * reads them as Docker would and checks that everything they name exists: Dockerfile stages and build arguments,
 * files mounted into containers, the nginx configuration's upstreams, every environment variable (the app must read
 * it, or it is a typo an operator would never notice), health checks (a route of the site, on the port the server
 * listens on), services and volumes referred to.
 */

const ROOT = path.join(__dirname, '..', '..')
const DEPLOY = path.join(ROOT, 'deploy')
const read = (file: string) => readFileSync(file, 'utf8')

type Service = {
  image?: string
  build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> }
  environment?: Record<string, string>
  ports?: string[]
  volumes?: string[]
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  command?: string[]
}
const compose = parse(read(path.join(DEPLOY, 'compose.yaml')), { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> }

type Instruction = { keyword: string; args: string }
type Stage = { name: string; from: string; instructions: Instruction[] }

/** The Dockerfile's stages, each with its instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): { globalArgs: Instruction[]; stages: Stage[] } {
  const lines = text.replace(/\\\n\s*/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  const globalArgs: Instruction[] = []
  const stages: Stage[] = []
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line) ?? []
    const instruction = { keyword: keyword.toUpperCase(), args }
    if (instruction.keyword === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? []
      stages.push({ name, from, instructions: [] })
    } else if (stages.length === 0) globalArgs.push(instruction)
    else stages.at(-1)!.instructions.push(instruction)
  }
  return { globalArgs, stages }
}

const dockerfilePath = path.join(DEPLOY, 'docker', 'Dockerfile')
const dockerfile = parseDockerfile(read(dockerfilePath))
const stage = (name: string) => dockerfile.stages.find((candidate) => candidate.name === name)
const argsOf = (instructions: Instruction[]) => instructions.filter((i) => i.keyword === 'ARG').map((i) => i.args.split('=')[0])
const envOf = (instructions: Instruction[]) =>
  Object.fromEntries(
    instructions
      .filter((i) => i.keyword === 'ENV')
      .flatMap((i) => [...i.args.matchAll(/(\w+)=("[^"]*"|\S*)/g)].map((match) => [match[1], match[2].replace(/^"|"$/g, '')])),
  )

/** Every environment variable the server reads: the settings modules, the server entry, the cache handler. */
const ENV_READERS = ['lib/site-config.ts', 'sanity/env.ts', 'sanity/env.public.ts', 'server/start.mjs', 'cache-handler.mjs', 'next.config.ts']
const variablesTheAppReads = new Set(ENV_READERS.flatMap((file) => [...read(path.join(ROOT, file)).matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((match) => match[1])))

/** The path of a `fetch('http://127.0.0.1:PORT/path')` health command, and its port expression. */
function healthTarget(command: string): { port: string; pathname: string } {
  const match = /http:\/\/127\.0\.0\.1:(?:' \+ \(process\.env\.PORT \|\| (\d+)\) \+ '|(\d+))(\/[^'"]*)/.exec(command)
  if (!match) throw new Error(`no local URL in health check: ${command}`)
  return { port: match[1] ?? match[2], pathname: match[3] }
}

/** Whether `pathname` is a GET route of the site with a route handler under app/. */
function isGetRoute(pathname: string): boolean {
  const match = classifyPath(pathname)
  if (match.kind !== 'api') return false
  return (match.rule.methods ?? ['GET']).includes('GET') && existsSync(path.join(ROOT, 'app', pathname, 'route.ts'))
}

describe('deploy/docker/Dockerfile', () => {
  const runner = dockerfile.stages.at(-1)!

  test('is multi-stage on Node 24 slim, and every stage it copies from exists', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['deps', 'build', 'runner'])
    const nodeImage = dockerfile.globalArgs.find((arg) => arg.args.startsWith('NODE_IMAGE='))?.args.split('=')[1]
    expect(nodeImage).toMatch(/^node:24(\.\d+)*-(bookworm-|trixie-)?slim$/)
    for (const s of dockerfile.stages) expect(s.from).toBe('${NODE_IMAGE}')
    for (const s of dockerfile.stages) {
      for (const copy of s.instructions.filter((i) => i.keyword === 'COPY' && i.args.includes('--from='))) {
        expect(dockerfile.stages.map((candidate) => candidate.name)).toContain(/--from=(\S+)/.exec(copy.args)![1])
      }
    }
  })

  test('builds with the same assembly script the tests run, and copies only its output into the runner', () => {
    const build = stage('build')!.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n')
    const script = /node (scripts\/assemble-standalone\.mts) --out (\S+)/.exec(build)
    expect(script).not.toBeNull()
    expect(existsSync(path.join(ROOT, script![1]))).toBe(true)
    expect(build).toMatch(/npm run build/)
    const copies = runner.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args)
    expect(copies).toEqual([`--from=build ${script![2]} ./`])
  })

  test('runs as an unprivileged user that may write only to the cache folders', () => {
    const users = runner.instructions.filter((i) => i.keyword === 'USER').map((i) => i.args)
    expect(users).toEqual(['node'])
    const userIndex = runner.instructions.findIndex((i) => i.keyword === 'USER')
    const chowns = runner.instructions.slice(0, userIndex).filter((i) => i.keyword === 'RUN').map((i) => i.args)
    expect(chowns).toEqual(['chown -R node:node /app/.next/cache /app/.next/server/app'])
    expect(runner.instructions.find((i) => i.keyword === 'WORKDIR')?.args).toBe('/app')
  })

  test('its health check asks the liveness route on the port the server listens on, and its CMD starts the assembled server', () => {
    const env = envOf(runner.instructions)
    for (const name of Object.keys(env)) expect({ name, readByApp: variablesTheAppReads.has(name) || name === 'NODE_ENV' }).toEqual({ name, readByApp: true })
    const healthcheck = runner.instructions.find((i) => i.keyword === 'HEALTHCHECK')
    expect(healthcheck).toBeDefined()
    const target = healthTarget(healthcheck!.args)
    expect(target).toEqual({ port: env.PORT, pathname: '/api/health' })
    expect(isGetRoute(target.pathname)).toBe(true)
    expect(runner.instructions.find((i) => i.keyword === 'EXPOSE')?.args).toBe(env.PORT)
    expect(runner.instructions.find((i) => i.keyword === 'CMD')?.args).toBe('["node", "server.js"]')
    // The build arguments compose.yaml may pass are declared, and each is a variable the app reads.
    for (const name of argsOf(stage('build')!.instructions)) expect({ name, readByApp: variablesTheAppReads.has(name) }).toEqual({ name, readByApp: true })
  })
})

describe('deploy/compose.yaml', () => {
  const services = compose.services
  const appServices = Object.entries(services).filter(([, service]) => service.build)
  const runnerEnv = envOf(dockerfile.stages.at(-1)!.instructions)
  const appPort = (service: Service) => service.environment?.PORT ?? runnerEnv.PORT

  test('runs two app instances of the image, Redis and nginx', () => {
    expect(appServices.map(([name]) => name)).toEqual(['app1', 'app2'])
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'nginx', 'redis'])
  })

  test('builds the Dockerfile stage it names, passing only arguments the Dockerfile declares', () => {
    for (const [, service] of appServices) {
      const build = service.build!
      const context = path.resolve(DEPLOY, build.context)
      expect(path.resolve(context, build.dockerfile)).toBe(dockerfilePath)
      expect(dockerfile.stages.map((s) => s.name)).toContain(build.target)
      const declared = argsOf(stage('build')!.instructions)
      for (const name of Object.keys(build.args ?? {})) expect({ name, declared: declared.includes(name) }).toEqual({ name, declared: true })
    }
  })

  test('sets only environment variables the app reads', () => {
    for (const [service, { environment = {} }] of appServices) {
      for (const name of Object.keys(environment)) {
        expect({ service, name, readByApp: variablesTheAppReads.has(name) }).toEqual({ service, name, readByApp: true })
      }
    }
  })

  test('points REDIS_URL at the Redis service and waits for it to answer', () => {
    for (const [, service] of appServices) {
      const url = new URL(service.environment!.REDIS_URL)
      expect(services[url.hostname]?.image).toMatch(/^redis:/)
      expect(service.depends_on?.[url.hostname]).toEqual({ condition: 'service_healthy' })
    }
    expect(services.redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping'])
  })

  test('checks each instance with the readiness route on the port its server listens on', () => {
    for (const [, service] of appServices) {
      const test = service.healthcheck!.test
      expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e'])
      const target = healthTarget(test[3])
      expect(target).toEqual({ port: appPort(service), pathname: '/api/ready' })
      expect(isGetRoute(target.pathname)).toBe(true)
    }
  })

  test('mounts only files that exist and volumes it declares, at the folder the image lets the server write', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const [source, target] = volume.split(':')
        if (source.startsWith('.')) expect({ name, source, exists: existsSync(path.resolve(DEPLOY, source)) }).toEqual({ name, source, exists: true })
        else {
          expect(Object.keys(compose.volumes ?? {})).toContain(source)
          expect({ name, target }).toEqual({ name, target: '/app/.next/cache' })
        }
      }
    }
  })

  test("nginx runs the repository's front cache with both instances as upstreams, on the port it publishes", () => {
    const nginx = services.nginx
    const mounted = (nginx.volumes ?? []).map((volume) => volume.split(':'))
    const files = mounted.map(([source]) => path.resolve(DEPLOY, source))
    expect(files).toEqual([path.join(DEPLOY, 'nginx', 'upstream.compose.conf'), path.join(DEPLOY, 'nginx', 'front-cache.conf')])
    // Included in this order by the nginx image (conf.d/*.conf, sorted): upstream first.
    expect(mounted.map(([, target]) => target)).toEqual([...mounted.map(([, target]) => target)].sort())
    const upstreams = [...read(files[0]).matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((match) => ({ host: match[1], port: match[2] }))
    expect(upstreams.map(({ host }) => host)).toEqual(appServices.map(([name]) => name))
    for (const { host, port } of upstreams) expect(port).toBe(appPort(services[host]))
    const frontCache = read(files[1])
    expect(frontCache).toMatch(/proxy_pass http:\/\/windows12_guide_app;/)
    expect(read(files[0])).toMatch(/upstream windows12_guide_app \{/)
    expect(frontCache).toMatch(/proxy_next_upstream error timeout/)
    const listen = /^\s*listen (\d+);/m.exec(frontCache)![1]
    expect(nginx.ports).toEqual([`${listen}:${listen}`])
    for (const name of Object.keys(nginx.depends_on ?? {})) expect(nginx.depends_on![name]).toEqual({ condition: 'service_healthy' })
    expect(Object.keys(nginx.depends_on ?? {})).toEqual(appServices.map(([name]) => name))
  })

  test('the health and readiness routes are in the route table and never cached by the front cache', () => {
    for (const pathname of ['/api/health', '/api/ready']) {
      expect(ROUTES.some((rule) => rule.pattern === pathname && rule.kind === 'api')).toBe(true)
      const block = new RegExp(`location = ${pathname.replace(/\//g, '\\/')} \\{([^}]*)\\}`).exec(read(path.join(DEPLOY, 'nginx', 'front-cache.conf')))
      expect(block?.[1]).toMatch(/proxy_cache off;/)
    }
  })
})
