import { startSanityStandIn, type SanityStandIn, type StandInDocument } from './sanity-api-standin'
import type { SiteEnv } from './next-server'
import { startSharedSite, type SharedSite, type SharedSiteOptions } from './shared-builds'

/** Run-time settings for a site that takes webhooks signed with `secret` and applies them at once (no settling wait). */
export const webhookEnv = (secret: string): SiteEnv => ({ SANITY_REVALIDATE_SECRET: secret, SANITY_WEBHOOK_SETTLE_MS: '0' })

export type HostedSite = { standIn: SanityStandIn; site: SharedSite }

/** A fresh stand-in of Sanity's API holding `documents`, and the shared hosted build served against it. */
export async function startHostedSite(documents: StandInDocument[], env: SiteEnv = {}, options?: SharedSiteOptions): Promise<HostedSite> {
  const standIn = await startSanityStandIn(documents)
  try {
    return { standIn, site: await startSharedSite('hosted', { SANITY_API_HOST: standIn.url, ...env }, options) }
  } catch (error) {
    await standIn.stop()
    throw error
  }
}

/** Stops what startHostedSite started; either part is missing when the start failed. */
export async function stopHostedSite({ site, standIn }: Partial<HostedSite>): Promise<void> {
  await site?.stop()
  await standIn?.stop()
}
