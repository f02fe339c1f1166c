import type { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { loadEnv, type Plugin, type ViteDevServer } from 'vite'
import type * as DevApp from './dev-app'

const SERVER_PATHS = ['/api/', '/sandbox/']

type Listener = (request: IncomingMessage, response: ServerResponse) => Promise<void>

/**
 * Mounts the same Hono application as `npm start` into the Vite dev server, so /api and /sandbox
 * behave alike in development and production. The server code is loaded through Vite's SSR
 * loader, so an edit to it takes effect on the next request (in-memory state such as
 * idempotency keys starts afresh then). Settings come from the environment and the .env files;
 * Vite exposes only VITE_-prefixed variables to the browser, and the server uses none of those.
 */
export function apiPlugin(): Plugin {
  return {
    name: 'export-proxy-api',
    configureServer(server) {
      const load = createLoader(server)
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? ''
        if (!SERVER_PATHS.some((prefix) => url.startsWith(prefix))) return next()
        load()
          .then((listener) => listener(request, response))
          .catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error)
            server.config.logger.error(`Export API failed to start: ${message}`)
            response.statusCode = 500
            response.setHeader('Content-Type', 'application/json')
            response.end(JSON.stringify({ error: { code: 'server_misconfigured', message } }))
          })
      })
    },
  }
}

/** Returns the listener for the current version of the server modules, rebuilt after edits. */
function createLoader(server: ViteDevServer): () => Promise<Listener> {
  let current: { module: typeof DevApp; listener: Listener; close: () => void } | null = null
  server.httpServer?.once('close', () => current?.close())

  return async () => {
    const module = (await server.ssrLoadModule('/src/server/dev-app.ts')) as typeof DevApp
    if (current?.module === module) return current.listener
    current?.close()
    const fileEnv = loadEnv(server.config.mode, server.config.envDir || server.config.root, '')
    const { app, close } = module.createDevApp(
      { ...fileEnv, ...process.env },
      () => server.resolvedUrls?.local[0],
    )
    current = { module, listener: getRequestListener(app.fetch), close }
    return current.listener
  }
}
