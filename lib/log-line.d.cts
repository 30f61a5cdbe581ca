// Types of log-line.cjs, for the TypeScript that imports it (lib/log.ts, tests).
export type LogLevel = 'error' | 'warn' | 'info'
export type LogFormat = 'json' | 'text'
export type LogFields = Record<string, string | number | boolean | undefined | null>
export declare function maskSecrets(text: string, secrets?: readonly (string | undefined)[]): string
export declare function formatLogLine(event: {
  level: LogLevel
  scope: string
  message: string
  fields?: LogFields
  format?: LogFormat
  secrets?: readonly (string | undefined)[]
  time?: Date
}): string
export declare function logFormatFrom(value: string | undefined): LogFormat
