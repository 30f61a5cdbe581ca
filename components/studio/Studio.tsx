'use client'
import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'

/** The Sanity Studio with this project's configuration (sanity.config.ts). Loaded only by StudioLoader. */
export default function Studio() {
  return <NextStudio config={config} />
}
