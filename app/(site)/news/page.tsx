import type { Metadata } from 'next'
import { NewsIndex } from '@/components/news/NewsIndex'
import { getNewsPage } from '@/sanity/lib/content'

export const metadata: Metadata = {
  title: 'Windows 12 news',
  description: 'Dated Windows 12 news and updates, newest first, each labelled confirmed, expected or rumored.',
  alternates: { canonical: '/news' },
}

export default async function NewsPage() {
  return <NewsIndex page={1} news={await getNewsPage(1)} />
}
