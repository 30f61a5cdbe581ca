import type { Metadata } from 'next'
import { NewsIndex } from '@/components/news/NewsIndex'

export const metadata: Metadata = {
  title: 'Windows 12 news',
  description: 'Dated Windows 12 news and updates, newest first, each labelled confirmed, expected or rumored.',
  alternates: { canonical: '/news' },
}

export default function NewsPage() {
  return <NewsIndex page={1} />
}
