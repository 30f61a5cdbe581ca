import { contentSource } from '../env'

/**
 * Reading a whole type the way Sanity documents it: slices in _id order, each starting after the last _id of the
 * one before (a filter cursor, `_id > $lastId`), never deep offsets. Used only by the jobs whose purpose is to
 * walk everything (route index, content checks, sitemap).
 */
export async function readBySlices<Item extends { _id: string }>(
  readSlice: (params: { lastId: string; size: number }) => Promise<Item[]>,
  size: number,
): Promise<Item[]> {
  const items: Item[] = []
  let lastId = ''
  for (;;) {
    const slice = await readSlice({ lastId, size })
    items.push(...slice)
    if (slice.length < size) return items
    lastId = slice[slice.length - 1]._id
  }
}

/**
 * Documents per slice. The embedded source holds the dataset in memory and evaluates every query over all of it
 * (groq-js has no indexes), so each slice would cost a full scan and a sort: it reads in one slice instead.
 */
export function sliceSize(hosted: number): number {
  return contentSource === 'embedded' ? 1_000_000 : hosted
}
