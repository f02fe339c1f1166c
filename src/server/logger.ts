import { pino, type DestinationStream, type Logger } from 'pino'
import type { LogLevel } from './config'

export type { Logger }

/**
 * Paths that pino replaces with "[redacted]" as a second line of defence. The code never passes
 * a credential or a request body to the logger in the first place.
 */
const REDACTED_PATHS = [
  'token',
  'userKey',
  'appId',
  'authorization',
  'headers.authorization',
  'body',
  '*.token',
  '*.userKey',
  '*.appId',
  '*.authorization',
]

/** Creates the server's one logger; tests pass a destination stream to read the lines back. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'export-proxy' }, redact: REDACTED_PATHS }
  return destination === undefined ? pino(options) : pino(options, destination)
}
