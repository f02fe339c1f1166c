import { Hono } from 'hono'
import { hasErrors } from '../model/problems'
import { validateProject } from '../model/validate'
import type { Config } from './config'
import { ApiFailure, sendFailure } from './errors'
import { limitBody, requireJson } from './guards'
import { IdempotencyStore, isValidIdempotencyKey } from './idempotency'
import type { Logger } from './logger'
import type { Upstream } from './upstream'

export interface ApiDeps {
  config: Config
  upstream: Upstream
  logger: Logger
  /** Label of the upstream for /api/health. */
  upstreamLabel: string
}

/** How long an Idempotency-Key maps to its project. */
export const IDEMPOTENCY_TTL_MS = 10 * 60 * 1000

const PROJECT_ID = /^[A-Za-z0-9_-]{1,100}$/

function checkProjectId(projectId: string): string {
  if (PROJECT_ID.test(projectId)) return projectId
  throw new ApiFailure(
    400,
    'invalid_project_id',
    `"${projectId}" is not a project ID. Use the ID returned by the export.`,
  )
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable'
    throw new ApiFailure(
      400,
      'invalid_json',
      `The request body is not valid JSON (${detail}). Fix the JSON and export again.`,
      [{ severity: 'error', path: '(root)', message: `The body is not valid JSON: ${detail}.` }],
    )
  }
}

/** Routes under /api that the browser calls. */
export function createApiRoutes(deps: ApiDeps): Hono {
  const { config, upstream, logger } = deps
  const idempotency = new IdempotencyStore({
    ttlMs: IDEMPOTENCY_TTL_MS,
    maxEntries: 1000,
    // A timed-out create may exist upstream, so its key never sends the body again.
    remembersFailure: (error) => error instanceof ApiFailure && error.code === 'upstream_timeout',
  })
  const api = new Hono()

  api.post('/projects', requireJson, limitBody(config.bodyLimitBytes), async (c) => {
    const bodyText = await c.req.text()
    const problems = validateProject(parseBody(bodyText))
    if (hasErrors(problems)) {
      const count = problems.filter((problem) => problem.severity === 'error').length
      throw new ApiFailure(
        400,
        'invalid_project',
        `The project has ${count} error${count === 1 ? '' : 's'} and was not sent to AI Studios. Fix the listed fields and export again.`,
        problems,
      )
    }

    const key = c.req.header('Idempotency-Key')
    if (key !== undefined && !isValidIdempotencyKey(key)) {
      throw new ApiFailure(
        400,
        'invalid_idempotency_key',
        'The Idempotency-Key header must be 1 to 200 visible ASCII characters, such as a UUID.',
      )
    }
    const create = () => upstream.createProject(bodyText)
    const projectId =
      key === undefined ? await create() : await idempotency.run(key, bodyText, create)
    logger.info({ projectId }, 'project created')
    return c.json({ projectId }, 201)
  })

  api.get('/projects/:projectId/progress', async (c) => {
    const projectId = checkProjectId(c.req.param('projectId'))
    return c.json(await upstream.getProgress(projectId))
  })

  api.get('/projects/:projectId', async (c) => {
    const projectId = checkProjectId(c.req.param('projectId'))
    return c.json({ project: await upstream.getProject(projectId) })
  })

  api.get('/avatars', async (c) => c.json({ models: await upstream.getModels() }))

  api.get('/health', (c) =>
    c.json({
      mode: config.mode,
      upstream: deps.upstreamLabel,
      credentials: config.credentials !== null,
      bodyLimitBytes: config.bodyLimitBytes,
    }),
  )

  api.all('*', (c) =>
    sendFailure(
      c,
      new ApiFailure(404, 'not_found', `There is no API route ${c.req.method} ${c.req.path}.`),
    ),
  )

  api.onError((error, c) => {
    const projectId = c.req.param('projectId')
    if (error instanceof ApiFailure) {
      const level = error.status >= 500 ? 'error' : 'warn'
      logger[level](
        { projectId, code: error.code, status: error.status, path: c.req.path },
        error.message,
      )
      return sendFailure(c, error)
    }
    logger.error({ projectId, path: c.req.path, err: error }, 'unexpected error in API route')
    return sendFailure(
      c,
      new ApiFailure(
        500,
        'internal_error',
        'The export server failed unexpectedly. Try again; if it persists, check the server log.',
      ),
    )
  })

  return api
}
