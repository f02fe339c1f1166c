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

/**
 * Creates the server's one logger, which writes JSON lines to stdout. Tests pass a destination
 * stream to read the lines back. With `pretty`, pino-pretty formats the lines for a terminal.
 * Only the Vite dev server sets it, because pino-pretty is a development dependency.
 */
export function createLogger(
  level: LogLevel,
  destination?: DestinationStream,
  pretty = false,
): Logger {
  const options = { level, base: { service: 'export-proxy' }, redact: REDACTED_PATHS }
  if (destination !== undefined) return pino(options, destination)
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty' } })
  return pino(options)
}
