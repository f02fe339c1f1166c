import { createApp, type ServerApp } from './app'
import { loadConfig } from './config'
import { createLogger } from './logger'

/** Builds the application for the Vite dev server from the merged environment. */
export function createDevApp(
  env: Record<string, string | undefined>,
  publicUrl: () => string | undefined,
): ServerApp {
  const config = loadConfig(env)
  const logger = createLogger(config.logLevel, undefined, process.stdout.isTTY)
  logger.info(
    {
      mode: config.mode,
      upstreamHost: config.mode === 'live' ? new URL(config.apiUrl).host : 'embedded sandbox',
    },
    'export API mounted in the Vite dev server',
  )
  return createApp(config, { logger, publicUrl })
}
