import { safeExternalUrl } from '@/lib/urls'
import type { ImageValue } from './types'

/**
 * An image from the asset CDN. A plain <img> with its intrinsic size (no layout shift); an image whose asset is
 * missing renders nothing rather than a broken icon.
 */
export function ContentImage({ value }: { value: ImageValue }) {
  const src = safeExternalUrl(value.url)
  if (!src) return null
  const width = value.dimensions?.width ?? undefined
  const height = value.dimensions?.height ?? undefined
  return (
    <figure className="content-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- remote asset URL; next/image would need a loader per host */}
      <img src={src} alt={value.alt ?? ''} width={width} height={height} loading="lazy" decoding="async" />
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  )
}
