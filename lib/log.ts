import { formatLogLine, type LogFields, type LogLevel } from './log-line.cjs'
import { logFormat, logSecrets } from './site-config'

/**
 * The server log: one line per event, JSON when LOG_FORMAT=json (level, time, scope, message, and the route or
 * document id where there is one), plain `[scope] message` text otherwise. Secrets are masked in both
 * (lib/log-line.cjs). Errors and warnings go to stderr, the rest to stdout, as Next's own lines do.
 */

function write(level: LogLevel, scope: string, message: string, fields?: LogFields): void {
  const line = formatLogLine({ level, scope, message, fields, format: logFormat, secrets: logSecrets })
  if (level === 'info') console.log(line)
  else if (level === 'warn') console.warn(line)
  else console.error(line)
}

export const log = {
  error: (scope: string, message: string, fields?: LogFields) => write('error', scope, message, fields),
  warn: (scope: string, message: string, fields?: LogFields) => write('warn', scope, message, fields),
  info: (scope: string, message: string, fields?: LogFields) => write('info', scope, message, fields),
}
