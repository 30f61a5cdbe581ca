import type { Metadata } from 'next'
import { newsListMetadata, NewsListPage } from './news-list-page'

export async function generateMetadata(): Promise<Metadata> {
  return newsListMetadata(1)
}

export default async function NewsFirstPage() {
  return <NewsListPage page={1} />
}
