/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseFetchForbiddenMethods } = await import('./lib/method-guard')
  refuseFetchForbiddenMethods()
  const { contentSource } = await import('./sanity/env.public')
  const { checkSiteUrlAtStartup } = await import('./lib/startup-check')
  checkSiteUrlAtStartup(contentSource === 'hosted')
  const { checkEmbeddedDatasetAtStartup } = await import('./sanity/lib/startup-check')
  checkEmbeddedDatasetAtStartup()
}
