import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { ConfigError, loadConfig, type Config } from './config'
import { createLogger } from './logger'

/** Time that open requests get to finish after SIGINT or SIGTERM before the process exits. */
const SHUTDOWN_GRACE_MS = 10_000

/** Finds the built editor, which is the parent folder when this file runs as dist/server/main.js. */
function findStaticRoot(): string | undefined {
  const root = dirname(dirname(fileURLToPath(import.meta.url)))
  return basename(root) === 'dist' && existsSync(join(root, 'index.html')) ? root : undefined
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}

function readConfig(): Config {
  try {
    return loadConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

const config = readConfig()
const logger = createLogger(config.logLevel)
let publicUrl: string | undefined
const staticRoot = findStaticRoot()
const { app, close } = createApp(config, { logger, staticRoot, publicUrl: () => publicUrl })

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  publicUrl = `http://${urlHost(config.host)}:${info.port}`
  logger.info(
    {
      port: info.port,
      host: config.host,
      url: publicUrl,
      mode: config.mode,
      upstreamHost: config.mode === 'live' ? new URL(config.apiUrl).host : 'embedded sandbox',
      editor: staticRoot === undefined ? 'not served (no built editor found)' : staticRoot,
    },
    'server started',
  )
})

server.on('error', (error) => {
  logger.fatal(
    { err: error, port: config.port, host: config.host },
    'server failed to listen; set PORT or HOST to a free address',
  )
  process.exit(1)
})

function shutdown(signal: string): void {
  logger.info({ signal }, 'server stopping')
  close()
  server.close(() => {
    logger.info('server stopped')
    process.exit(0)
  })
  setTimeout(() => {
    logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'open connections did not close in time; exiting')
    process.exit(0)
  }, SHUTDOWN_GRACE_MS).unref()
}

process.once('SIGINT', () => shutdown('SIGINT'))
process.once('SIGTERM', () => shutdown('SIGTERM'))
