// Types of request-guard.mjs, for the TypeScript that imports it (tests).
export declare const MAX_COOKIES: number
export declare const MAX_COOKIE_BYTES: number
export declare function cookieLoad(header: string | string[] | undefined): { count: number; bytes: number }
export type Refusal = { status: 400 | 431; reason: 'target' | 'cookies'; headers: Record<string, string>; body: string }
export declare function refusal(method: string | undefined, target: string | undefined, cookieHeader: string | string[] | undefined): Refusal | null
