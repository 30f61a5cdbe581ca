// Types of cache-handler.mjs, for the TypeScript that imports it (instrumentation.ts).
import type { CacheHandler } from '@fortedigital/nextjs-cache-handler'

declare const Handler: typeof CacheHandler
export default Handler
