import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'

/**
 * Serves the built editor from `root` (the Vite output folder), with index.html for any other
 * GET path so that the editor can own its URLs. The server bundle in `root/server` is not served.
 */
export function serveEditor(app: Hono, root: string): void {
  app.use('/server/*', async (c) => c.notFound())
  app.use('*', serveStatic({ root }))
  app.get('*', serveStatic({ root, path: 'index.html' }))
}
