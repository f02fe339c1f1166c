import { getRequestListener } from '@hono/node-server'
import { loadEnv, type Plugin } from 'vite'
import { createApp } from './app'
import { loadConfig } from './config'
import { createLogger } from './logger'

const SERVER_PATHS = ['/api/', '/sandbox/']

/**
 * Mounts the same Hono application as `npm start` into the Vite dev server, so /api and /sandbox
 * behave alike in development and production. Settings come from the environment and the .env
 * files that Vite reads; the server keeps them, and Vite exposes only VITE_-prefixed ones.
 */
export function apiPlugin(): Plugin {
  return {
    name: 'export-proxy-api',
    configureServer(server) {
      const fileEnv = loadEnv(server.config.mode, server.config.envDir || server.config.root, '')
      const config = loadConfig({ ...fileEnv, ...process.env })
      const logger = createLogger(config.logLevel)
      const { app, close } = createApp(config, {
        logger,
        publicUrl: () => server.resolvedUrls?.local[0],
      })
      const listener = getRequestListener(app.fetch)

      server.middlewares.use((request, response, next) => {
        const url = request.url ?? ''
        if (!SERVER_PATHS.some((prefix) => url.startsWith(prefix))) return next()
        void listener(request, response)
      })
      server.httpServer?.once('close', close)
      logger.info({ mode: config.mode }, 'export API mounted in the Vite dev server')
    },
  }
}
