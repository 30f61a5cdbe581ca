// Types of process-env.cjs, for the TypeScript that imports it (lib/site-config.ts).
export declare const distDir: string
export declare const redisUrl: string | undefined
export declare const logFormat: 'json' | 'text'
export declare const logSecrets: readonly string[]
