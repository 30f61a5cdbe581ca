// Types of query-policy.cjs, for the TypeScript that imports it (tests).
export declare function readsQuery(target: string): boolean
export declare function targetForNext(target: string, options?: { cookieHeader?: string; previewModeId?: string | null }): string
