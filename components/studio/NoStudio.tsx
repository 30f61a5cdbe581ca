/**
 * Stands in for ./Studio in a build without a Sanity project (next.config.ts aliases it): there is nothing to
 * edit, /studio shows set-up help instead, and the bundler never compiles the Studio's several megabytes.
 */
export default function NoStudio() {
  return null
}
