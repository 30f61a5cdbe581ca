'use client'
import dynamic from 'next/dynamic'

/**
 * Loads the Studio (several megabytes of JavaScript) only when this component renders, so no other page, not even
 * the /studio set-up page, carries it. The Studio runs only in the browser, hence no server rendering.
 * The import names the module exactly as next.config.ts's alias does, so a build without a project gets NoStudio.
 */
const Studio = dynamic(() => import('@/components/studio/Studio'), {
  ssr: false,
  loading: () => <p className="studio-loading">Loading the Studio…</p>,
})

export function StudioLoader() {
  return <Studio />
}
