import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { validateProject } from '../../model/validate'
import type { Logger } from '../logger'
import type { FetchFunction } from '../upstream'
import { SANDBOX_MODELS } from './catalogue'
import { SandboxRenders, sandboxDownloadPath } from './renders'

export interface SandboxOptions {
  dataDir: string
  renderSeconds: number
  bodyLimitBytes: number
  logger: Logger
  /** Fetch function for webhook calls; global fetch outside tests. */
  fetch?: FetchFunction
  publicUrl?: () => string | undefined
  now?: () => number
}

/** A sandbox result: the envelope's `data`, or the HTTP status and error of a failure. */
export type SandboxOutcome =
  { data: Record<string, unknown> } | { status: ContentfulStatusCode; code: string; msg: string }

/** The sandbox endpoints as functions, for callers in the same process. */
export interface SandboxCalls {
  /** Creates a project from the body as received over HTTP (bytes) or in process (text). */
  createProject(body: Uint8Array | string): Promise<SandboxOutcome>
  getProgress(projectId: string): Promise<SandboxOutcome>
  getProject(projectId: string): Promise<SandboxOutcome>
  getModels(): SandboxOutcome
}

export interface Sandbox {
  /** Routes `/api/odin/v3/...` and `/renders/<projectId>.json`. */
  app: Hono
  /** The same endpoints without HTTP, which the proxy calls in sandbox mode. */
  calls: SandboxCalls
  close(): void
}

function fail(c: Context, status: ContentfulStatusCode, code: string, msg: string): Response {
  return c.json({ success: false, error: { code, msg } }, status)
}

function failure(status: ContentfulStatusCode, code: string, msg: string): SandboxOutcome {
  return { status, code, msg }
}

/** Responds to an HTTP request with an outcome in the AI Studios envelope. */
function respond(c: Context, outcome: SandboxOutcome): Response {
  if ('data' in outcome) return c.json({ success: true, data: outcome.data })
  return fail(c, outcome.status, outcome.code, outcome.msg)
}

const NOT_FOUND = failure(404, 'NOT_FOUND', 'No project with this ID.')

/** Returns the outcome of an unexpected sandbox error, such as a data folder that cannot be written. */
export function internalFailure(error: unknown): SandboxOutcome {
  const detail = error instanceof Error ? error.message : String(error)
  return failure(
    500,
    'INTERNAL_ERROR',
    `The sandbox failed: ${detail}. Check that DATA_DIR is writable.`,
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Creates a local stand-in for the AI Studios V3 endpoints that the editor uses, with the same envelope.
 * It validates a new project as the real API would, stores the request, and reports progress
 * that reaches 100 after `renderSeconds`, with a download link to the stored request.
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  const renders = new SandboxRenders({
    dir: join(options.dataDir, 'sandbox'),
    renderSeconds: options.renderSeconds,
    logger: options.logger,
    fetch: options.fetch ?? ((request) => fetch(request)),
    publicUrl: options.publicUrl ?? (() => undefined),
    now: options.now,
  })
  const calls: SandboxCalls = {
    async createProject(received) {
      let body: unknown
      try {
        body = JSON.parse(
          typeof received === 'string' ? received : new TextDecoder().decode(received),
        )
      } catch (error) {
        const detail = error instanceof Error ? error.message : 'unreadable'
        return failure(400, 'INVALID_JSON', `The body is not valid JSON: ${detail}`)
      }
      const errors = validateProject(body).filter((problem) => problem.severity === 'error')
      const first = errors[0]
      if (first !== undefined || !isRecord(body)) {
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
        const msg =
          first === undefined
            ? 'The body must be an object.'
            : `${first.path}: ${first.message}${more}`
        return failure(400, 'INVALID_PARAMETER', msg)
      }
      const render = await renders.create(received, body)
      return { data: { projectId: render.projectId } }
    },

    async getProgress(projectId) {
      const render = await renders.find(projectId)
      if (render === null) return NOT_FOUND
      const progress = renders.progress(render)
      const data =
        progress >= 100
          ? { progress, downloadUrl: sandboxDownloadPath(render.projectId) }
          : { progress }
      return { data }
    },

    async getProject(projectId) {
      const render = await renders.find(projectId)
      if (render === null) return NOT_FOUND
      const progress = renders.progress(render)
      const done = progress >= 100
      const createdAt = new Date(render.createdAt).toISOString()
      const project = {
        _id: render.projectId,
        name: render.name,
        orientation: render.orientation,
        scenes: (await renders.readRequest(render.projectId))['scenes'],
        // The real state values are unpublished; the sandbox uses these two words.
        state: done ? 'completed' : 'rendering',
        progress,
        download_url: done ? sandboxDownloadPath(render.projectId) : null,
        createdAt,
        updatedAt: done
          ? new Date(render.createdAt + options.renderSeconds * 1000).toISOString()
          : createdAt,
        sandbox: true,
      }
      return { data: { project } }
    },

    getModels: () => ({ data: { models: SANDBOX_MODELS } }),
  }

  const app = new Hono()
  const v3 = new Hono()

  v3.post('/auth/token', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined)
    if (!isRecord(body) || typeof body['appId'] !== 'string' || body['appId'] === '') {
      return fail(c, 400, 'INVALID_PARAMETER', 'appId is required.')
    }
    if (typeof body['userKey'] !== 'string' || body['userKey'] === '') {
      return fail(c, 400, 'INVALID_PARAMETER', 'userKey is required.')
    }
    return c.json({ success: true, data: { token: `sandbox-${randomBytes(16).toString('hex')}` } })
  })

  v3.get('/auth', (c) => c.json({ success: true, data: { isAuthenticated: true } }))

  v3.post(
    '/editor/project',
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: (c) =>
        fail(c, 413, 'PAYLOAD_TOO_LARGE', `Body exceeds ${options.bodyLimitBytes} bytes.`),
    }),
    async (c) => respond(c, await calls.createProject(new Uint8Array(await c.req.arrayBuffer()))),
  )

  v3.get('/editor/progress/:projectId', async (c) =>
    respond(c, await calls.getProgress(c.req.param('projectId'))),
  )

  v3.get('/editor/project/:projectId', async (c) =>
    respond(c, await calls.getProject(c.req.param('projectId'))),
  )

  v3.get('/model', (c) => respond(c, calls.getModels()))

  v3.all('*', (c) =>
    fail(c, 404, 'NOT_FOUND', `No sandbox endpoint ${c.req.method} ${c.req.path}.`),
  )

  app.route('/api/odin/v3', v3)

  app.get('/renders/:file', async (c) => {
    const projectId = c.req.param('file').replace(/\.json$/, '')
    const stored = await renders.readStored(projectId)
    if (stored === null) {
      return c.json(
        {
          error: {
            code: 'not_found',
            message: `No sandbox render ${projectId}. Export the project again.`,
          },
        },
        404,
      )
    }
    return c.body(new Uint8Array(stored), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${projectId}-sandbox-request.json"`,
      'X-Sandbox': 'true',
    })
  })

  app.onError((error, c) => {
    options.logger.error({ err: error, path: c.req.path }, 'sandbox request failed')
    return respond(c, internalFailure(error))
  })

  return { app, calls, close: () => renders.close() }
}
