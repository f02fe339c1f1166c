import { Hono } from 'hono'
import { createApiRoutes } from './api'
import type { Config } from './config'
import { ApiFailure, sendFailure } from './errors'
import { originGuard } from './guards'
import type { Logger } from './logger'
import { createSandbox, type Sandbox } from './sandbox/app'
import { serveEditor } from './static'
import { SandboxUpstream } from './sandbox-upstream'
import { UpstreamClient, type FetchFunction, type Upstream } from './upstream'

export interface AppDeps {
  logger: Logger
  /** Fetch function for the live upstream; global fetch when omitted. */
  fetch?: FetchFunction
  /** Fetch function for sandbox webhook calls; global fetch when omitted. */
  webhookFetch?: FetchFunction
  /** Folder of the built editor; nothing static is served when omitted (tests, Vite dev). */
  staticRoot?: string
  /** Public base URL of the server once known, for absolute links in sandbox webhooks. */
  publicUrl?: () => string | undefined
}

export interface ServerApp {
  app: Hono
  /** Stops background work such as pending sandbox webhooks. */
  close(): void
}

/**
 * Builds the HTTP application: the browser API under /api, the embedded sandbox under /sandbox
 * (sandbox mode only) and, when `staticRoot` is given, the built editor.
 */
export function createApp(config: Config, deps: AppDeps): ServerApp {
  const { logger } = deps
  const app = new Hono()
  const guard = originGuard({ host: config.host, allowedOrigins: config.allowedOrigins })

  let sandbox: Sandbox | null = null
  if (config.mode === 'sandbox') {
    sandbox = createSandbox({
      dataDir: config.dataDir,
      renderSeconds: config.sandboxRenderSeconds,
      bodyLimitBytes: config.bodyLimitBytes,
      logger: logger.child({ component: 'sandbox' }),
      fetch: deps.webhookFetch,
      publicUrl: deps.publicUrl,
    })
  }

  const upstream: Upstream =
    sandbox === null
      ? new UpstreamClient({
          baseUrl: config.apiUrl,
          credentials: config.credentials,
          fetch: deps.fetch ?? ((request) => fetch(request)),
          timeoutMs: config.upstreamTimeoutMs,
          logger,
        })
      : new SandboxUpstream(sandbox.calls, logger)
  const upstreamLabel = sandbox === null ? config.apiUrl : 'embedded sandbox'

  app.use('/api/*', guard)
  app.route('/api', createApiRoutes({ config, upstream, logger, upstreamLabel }))
  if (sandbox !== null) {
    app.use('/sandbox/*', guard)
    app.route('/sandbox', sandbox.app)
  }
  if (deps.staticRoot !== undefined) serveEditor(app, deps.staticRoot)

  app.onError((error, c) => {
    logger.error({ path: c.req.path, err: error }, 'unexpected error')
    return sendFailure(
      c,
      new ApiFailure(
        500,
        'internal_error',
        'The server failed unexpectedly. Try again; if it persists, check the server log.',
      ),
    )
  })

  return { app, close: () => sandbox?.close() }
}
