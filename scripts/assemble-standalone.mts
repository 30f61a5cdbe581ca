/**
 * npm run standalone -- --out FOLDER: turns the build's standalone output (next.config.ts `output: 'standalone'`)
 * into a folder that runs on its own with `node server.js`, the folder the Docker image ships
 * (deploy/docker/Dockerfile calls this script, and so does the e2e test of the standalone server).
 *
 *   npm run build && npm run standalone -- --out /srv/windows12-guide && cd /srv/windows12-guide && node server.js
 *
 * Next writes the server files and the node_modules they use to <distDir>/standalone; what it leaves out is added
 * here: the build's static files (<distDir>/static), public/, the embedded dataset when the build reads no Sanity
 * project, and the site's own server (server/start.mjs with its request checks and graceful shutdown, replacing
 * Next's server.js) with the Redis cache handler it loads when REDIS_URL is set.
 * Options: --out FOLDER (default .next-standalone), --dist-dir DIR (default NEXT_DIST_DIR or .next).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const ROOT = path.join(import.meta.dirname, '..')

function option(name: string): string | undefined {
  const args = process.argv.slice(2)
  const index = args.indexOf(name)
  if (index >= 0) return args[index + 1]
  return args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1)
}

/**
 * The entry points of what runs outside Next's bundles (plain JavaScript): the site's own server and the Redis cache
 * handler, which Next loads by path when a server starts with REDIS_URL. Next traces neither, so they are traced
 * here with @vercel/nft, the tracer Next itself uses for the standalone output (the copy compiled into next): every
 * project file they import (lib/log-line.cjs, lib/process-env.cjs ...) and the packages the handler loads.
 */
const OUTSIDE_NEXT_ENTRIES = ['server/start.mjs', 'cache-handler.mjs']
const require = createRequire(import.meta.url)

async function filesOutsideNext(): Promise<string[]> {
  const { nodeFileTrace } = require('next/dist/compiled/@vercel/nft') as {
    nodeFileTrace(files: string[], options: { base: string; ignore: (file: string) => boolean }): Promise<{ fileList: Set<string> }>
  }
  // The build folders (.next, .next-test/...) are left out: the server reads them at run time by computed paths,
  // which the tracer would otherwise follow into every build folder, and tests create and delete those while it runs.
  const { fileList } = await nodeFileTrace(OUTSIDE_NEXT_ENTRIES.map((file) => path.join(ROOT, file)), {
    base: ROOT,
    ignore: (file) => file.startsWith('.'),
  })
  // Modules only (and never a build folder's file).
  return [...fileList].filter((file) => file.startsWith('node_modules/') || (!file.startsWith('.') && /\.[cm]?js$/.test(file)))
}

export async function assembleStandalone({ distDir, out, embedded }: { distDir: string; out: string; embedded: boolean }): Promise<string> {
  const build = path.join(ROOT, distDir)
  const standalone = path.join(build, 'standalone')
  if (!existsSync(path.join(build, 'BUILD_ID')) || !existsSync(standalone)) {
    throw new Error(`no standalone build in ${distDir}: run \`npm run build\` first (next.config.ts sets output: 'standalone')`)
  }
  // Next places the app inside the standalone folder at its path below the tracing root (usually the project itself).
  const { config } = JSON.parse(readFileSync(path.join(build, 'required-server-files.json'), 'utf8')) as { config: { outputFileTracingRoot?: string } }
  const appInStandalone = path.relative(config.outputFileTracingRoot ?? ROOT, ROOT)

  rmSync(out, { recursive: true, force: true })
  cpSync(standalone, out, { recursive: true, verbatimSymlinks: true })
  const app = path.join(out, appInStandalone)
  cpSync(path.join(build, 'static'), path.join(app, distDir, 'static'), { recursive: true })
  if (existsSync(path.join(ROOT, 'public'))) cpSync(path.join(ROOT, 'public'), path.join(app, 'public'), { recursive: true })
  if (embedded) {
    const seed = path.join(ROOT, 'sanity', 'seed')
    for (const name of readdirSync(seed).filter((file) => file.endsWith('.ndjson'))) {
      cpSync(path.join(seed, name), path.join(app, 'sanity', 'seed', name))
    }
  }
  for (const file of await filesOutsideNext()) {
    // The project's own files are always the current ones; a package Next already placed is left as it is.
    if (!file.startsWith('node_modules/')) cpSync(path.join(ROOT, file), path.join(app, file))
    else if (!existsSync(path.join(out, file))) cpSync(path.join(ROOT, file), path.join(out, file), { verbatimSymlinks: true })
  }
  // Next's server.js is replaced by the site's server, which reads the configuration the build recorded.
  writeFileSync(
    path.join(app, 'server.js'),
    `// Written by scripts/assemble-standalone.mts: the site's server (server/start.mjs) serving this folder.
process.env.NEXT_DIST_DIR ??= ${JSON.stringify(distDir)}
import('./server/start.mjs')
`,
  )
  // Next's cache (ISR pages, the last good content reads, the route index) is the only place the server writes.
  mkdirSync(path.join(app, distDir, 'cache'), { recursive: true })
  return app
}

if (import.meta.main) {
  const distDir = option('--dist-dir') ?? process.env.NEXT_DIST_DIR ?? '.next'
  const out = path.resolve(option('--out') ?? path.join(ROOT, '.next-standalone'))
  // The build reads the embedded dataset when it was made without a Sanity project (sanity/env.public.ts).
  const embedded = !process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  const app = await assembleStandalone({ distDir, out, embedded })
  console.log(`standalone folder ready: ${path.relative(process.cwd(), app) || '.'} (start it there with \`node server.js\`)`)
}
