import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'

/** A last path segment with a dot names a file, which must exist rather than fall back. */
const FILE_PATH = /\.[^/]*$/

/**
 * Serves the built editor from `root` (the Vite output folder), with index.html for any other
 * GET path without a file extension, so that the editor can own its URLs. The server bundle in
 * `root/server` is not served.
 */
export function serveEditor(app: Hono, root: string): void {
  app.use('/server/*', async (c) => c.notFound())
  app.use('*', serveStatic({ root }))
  app.get('*', async (c, next) => (FILE_PATH.test(c.req.path) ? c.notFound() : next()))
  app.get('*', serveStatic({ root, path: 'index.html' }))
}
