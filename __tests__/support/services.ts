import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from './next-server'

/*
 * System services the e2e tests run beside the site, on loopback: redis-server (the shared cache of several
 * instances) and nginx (the front cache of deploy/nginx/front-cache.conf). Installed from Debian when missing.
 */

const ROOT = path.join(__dirname, '..', '..')

export function ensureCommands(pairs: Record<string, string>): void {
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-debian-packages.sh'), ...Object.entries(pairs).map(([command, pkg]) => `${command}=${pkg}`)], {
    stdio: 'inherit',
    timeout: 300_000,
  })
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const { connect } = await import('node:net')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nothing answered on port ${port} within ${timeoutMs} ms`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export type Redis = { url: string; port: number; stop(): Promise<void>; start(): Promise<void> }

/** A throwaway redis-server (no persistence) on a free port; stop() and start() again keep the same port. */
export async function startRedis(): Promise<Redis> {
  ensureCommands({ 'redis-server': 'redis-server' })
  const port = await freePort()
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    await waitForPort(port)
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop: async () => {
      if (child) await stopChild(child)
    },
  }
}

export type Nginx = { url: string; stop(): Promise<void> }

/**
 * The repository's nginx configuration (deploy/nginx: upstream.conf, then front-cache.conf) with the instances at
 * `upstreams` (host:port each, with upstream.conf's parameters), listening on `port`, caching into `cacheFolder`.
 */
export function frontCacheConfig(upstreams: readonly string[], port: number, cacheFolder: string): string {
  const upstream = readFileSync(path.join(ROOT, 'deploy', 'nginx', 'upstream.conf'), 'utf8').replace(
    /^(\s*)server 127\.0\.0\.1:3000([^;]*);$/m,
    (_, indent: string, parameters: string) => upstreams.map((address) => `${indent}server ${address}${parameters};`).join('\n'),
  )
  const site = readFileSync(path.join(ROOT, 'deploy', 'nginx', 'front-cache.conf'), 'utf8')
    .replace('/var/cache/nginx/windows12-guide', cacheFolder)
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
  return `${upstream}\n${site}`
}

/** nginx running the repository's front-cache configuration, pointed at `upstream` (host:port, or several). */
export async function startFrontCache(upstream: string | readonly string[]): Promise<Nginx> {
  ensureCommands({ nginx: 'nginx-light' })
  const folder = mkdtempSync(path.join(tmpdir(), 'w12-nginx-'))
  mkdirSync(path.join(folder, 'cache'))
  const port = await freePort()
  const site = frontCacheConfig(typeof upstream === 'string' ? [upstream] : upstream, port, path.join(folder, 'cache'))
  const config = path.join(folder, 'nginx.conf')
  writeFileSync(
    config,
    `daemon off; worker_processes 1; pid ${folder}/nginx.pid; error_log ${folder}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${folder}; proxy_temp_path ${folder}; fastcgi_temp_path ${folder}; uwsgi_temp_path ${folder}; scgi_temp_path ${folder};
${site}
}
`,
  )
  const child = spawn('nginx', ['-c', config], { stdio: 'ignore' })
  await waitForPort(port)
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(child)
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
