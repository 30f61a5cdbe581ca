import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Helpers to tell which of a build's browser files hold the Studio, and which files a page loads. */

const ROOT = path.join(__dirname, '..', '..')

/** Every file below a directory. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** Strings only the Studio's code contains: a message of this project's schema, and the Structure tool's name. */
const STUDIO_MARKERS = ['Give the guide a title: it is the page heading.', 'sanity/structure']

/** URLs (/_next/static/...) of the JavaScript files of a build that contain Studio code. */
export function studioChunkUrls(distDir: string): Set<string> {
  const dist = path.join(ROOT, distDir)
  const files = filesUnder(path.join(dist, 'static')).filter((file) => {
    if (!file.endsWith('.js')) return false
    const text = readFileSync(file, 'utf8')
    return STUDIO_MARKERS.some((marker) => text.includes(marker))
  })
  return new Set(files.map((file) => `/_next/${path.relative(dist, file).split(path.sep).join('/')}`))
}

/** The JavaScript files a page makes the browser load before any interaction. */
export function scriptsOf(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+as="script"[^>]+href="([^"]+)"/g)]
  return [...new Set(sources.map((match) => match[1]))]
}
