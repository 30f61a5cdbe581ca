import { ImageResponse } from 'next/og'
import { CARD_COLORS as c, SOCIAL_IMAGE_SIZE, type SocialCard } from '@/lib/social-image'

/**
 * The preview image of a shared link, in the site's look: white page, blue brand bar, the kind of page and its claim
 * status as badges, the title large, the date and the site's name. Drawn by next/og (satori) with its built-in font,
 * so nothing is fetched; satori lays out with flexbox only.
 */
function SocialCardView({ card }: { card: SocialCard }) {
  const titleSize = card.title.length > 70 ? 56 : card.title.length > 40 ? 66 : 76
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: c.paper, color: c.ink }}>
      <div style={{ display: 'flex', alignItems: 'center', height: 96, padding: '0 64px', background: c.brand, color: '#fff', fontSize: 34 }}>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 48,
            height: 48,
            marginRight: 20,
            borderRadius: 10,
            background: '#fff',
            color: c.brand,
            fontSize: 26,
          }}
        >
          12
        </div>
        {card.siteName}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 64px 40px' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 28, minHeight: 48 }}>
          {card.kind ? (
            <div style={{ display: 'flex', padding: '6px 18px', borderRadius: 999, background: c.tint, color: c.brand, border: `2px solid ${c.line}` }}>
              {card.kind}
            </div>
          ) : null}
          {card.status ? (
            <div
              style={{
                display: 'flex',
                marginLeft: card.kind ? 16 : 0,
                padding: '6px 18px',
                borderRadius: 999,
                background: c[card.status.value],
                color: '#fff',
              }}
            >
              {card.status.label}
            </div>
          ) : null}
        </div>
        <div style={{ display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }}>
          <div style={{ display: 'flex', fontSize: titleSize, lineHeight: 1.15, letterSpacing: -1 }}>{card.title}</div>
          {card.subtitle ? <div style={{ display: 'flex', marginTop: 24, fontSize: 32, lineHeight: 1.3, color: c.muted }}>{card.subtitle}</div> : null}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: c.muted, borderTop: `2px solid ${c.line}`, paddingTop: 24 }}>
          <div style={{ display: 'flex' }}>{card.dateLine ?? ''}</div>
          <div style={{ display: 'flex', color: c.brand }}>{card.host}</div>
        </div>
      </div>
    </div>
  )
}

/** The PNG response of an opengraph-image route. */
export function socialImageResponse(card: SocialCard): ImageResponse {
  return new ImageResponse(<SocialCardView card={card} />, { ...SOCIAL_IMAGE_SIZE })
}
