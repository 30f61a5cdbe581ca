import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { NewsIndex, newsPageCount } from '@/components/news/NewsIndex'
import { parsePageParam } from '@/lib/pagination'
import { newsListPath } from '@/lib/urls'

type Props = { params: Promise<{ page: string }> }

export async function generateStaticParams() {
  const count = await newsPageCount()
  return Array.from({ length: count - 1 }, (_, index) => ({ page: String(index + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page)
  if (!page) return {}
  return { title: `Windows 12 news, page ${page}`, alternates: { canonical: newsListPath(page) } }
}

export default async function NewsListPage({ params }: Props) {
  const page = parsePageParam((await params).page)
  if (!page) notFound()
  return <NewsIndex page={page} />
}
