// One log line: the format every part of the server writes (lib/log.ts for the app, server/start.mjs and
// cache-handler.mjs outside Next's bundles). Plain CommonJS, so that Node loads it as it is in the standalone image
// and every bundler and test runner agrees on its format; types in ./log-line.d.cts. No environment is read here:
// callers pass the format and the secrets.
'use strict'

/** Credentials that may appear in error messages whichever secret they are: bearer tokens, URL passwords. */
const BEARER = /(Bearer\s+)[^\s"',;)]+/gi
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)[^\s/@]+@/gi

/** `text` with every given secret, bearer credential and URL password replaced by a marker. */
function maskSecrets(text, secrets = []) {
  let masked = String(text)
  for (const secret of secrets) if (typeof secret === 'string' && secret.length >= 4) masked = masked.split(secret).join('[secret]')
  return masked.replace(BEARER, '$1[secret]').replace(URL_PASSWORD, '$1[secret]@')
}

/**
 * The line for one event. `json`: one JSON object (level, time, scope, message, then the fields, such as route or
 * documentId), never more than one line. Otherwise `[scope] message` as the server has always written it (its
 * messages already name the route or document). Secrets are masked in both.
 */
function formatLogLine({ level, scope, message, fields = {}, format = 'text', secrets = [], time = new Date() }) {
  const present = Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== '')
  if (format === 'json') {
    const entry = { level, time: time.toISOString(), scope, message: maskSecrets(message, secrets) }
    for (const [name, value] of present) entry[name] = typeof value === 'string' ? maskSecrets(value, secrets) : value
    return JSON.stringify(entry)
  }
  return maskSecrets(`[${scope}] ${message}`, secrets)
}

/** LOG_FORMAT as the operator set it: `json`, or plain text for anything else. */
function logFormatFrom(value) {
  return String(value ?? '').trim().toLowerCase() === 'json' ? 'json' : 'text'
}

module.exports = { maskSecrets, formatLogLine, logFormatFrom }
