import type { Credentials } from './config'
import { ApiFailure } from './errors'
import type { Logger } from './logger'
import { createTokenSource, type TokenSource } from './token'
import { readEnvelope } from './upstream-envelope'

/** A fetch function: global fetch, or a test's fake of AI Studios or of a webhook receiver. */
export type FetchFunction = (request: Request) => Promise<Response>

export interface UpstreamOptions {
  /** Base URL without the `/api/odin/v3` prefix. */
  baseUrl: string
  credentials: Credentials | null
  fetch: FetchFunction
  timeoutMs: number
  logger: Logger
  now?: () => number
}

export interface Progress {
  progress: number
  downloadUrl?: string
}

const API_PREFIX = '/api/odin/v3'

/** The AI Studios V3 calls that the browser API makes, live or in the embedded sandbox. */
export interface Upstream {
  /** Sends the request body text unchanged and returns the new project's id. */
  createProject(bodyText: string): Promise<string>
  getProgress(projectId: string): Promise<Progress>
  getProject(projectId: string): Promise<unknown>
  getModels(): Promise<unknown[]>
}

/** Client for the AI Studios V3 endpoints that the editor uses, over HTTP. */
export class UpstreamClient implements Upstream {
  private readonly tokens: TokenSource | null
  private readonly secrets: string[]

  constructor(private readonly options: UpstreamOptions) {
    const credentials = options.credentials
    this.tokens =
      credentials === null
        ? null
        : createTokenSource(credentials, () => this.fetchToken(credentials), options.now)
    this.secrets = secretValues(credentials)
  }

  /** Sends the request body text unchanged and returns the new project's id. */
  async createProject(bodyText: string): Promise<string> {
    const data = await this.call('POST', '/editor/project', bodyText)
    const projectId = data['projectId']
    if (typeof projectId !== 'string' || projectId === '') {
      throw invalidResponse('POST /editor/project', 'no data.projectId')
    }
    return projectId
  }

  async getProgress(projectId: string): Promise<Progress> {
    const data = await this.call('GET', `/editor/progress/${encodeURIComponent(projectId)}`)
    const progress = data['progress']
    if (typeof progress !== 'number' || !Number.isFinite(progress)) {
      throw invalidResponse('GET /editor/progress', 'no numeric data.progress')
    }
    const downloadUrl = data['downloadUrl']
    return typeof downloadUrl === 'string' && downloadUrl !== ''
      ? { progress, downloadUrl }
      : { progress }
  }

  async getProject(projectId: string): Promise<unknown> {
    const data = await this.call('GET', `/editor/project/${encodeURIComponent(projectId)}`)
    return data['project'] ?? data
  }

  async getModels(): Promise<unknown[]> {
    const data = await this.call('GET', '/model')
    const models = data['models']
    if (!Array.isArray(models)) throw invalidResponse('GET /model', 'no data.models array')
    return models
  }

  private async fetchToken(credentials: Credentials): Promise<string> {
    const body =
      credentials.kind === 'appKey'
        ? { appId: credentials.appId, userKey: credentials.userKey }
        : {}
    let data: Record<string, unknown>
    try {
      data = await this.send('POST', '/auth/token', JSON.stringify(body), null)
    } catch (error) {
      throw tokenFailure(error)
    }
    const token = data['token']
    if (typeof token !== 'string' || token === '') {
      throw invalidResponse('POST /auth/token', 'no data.token')
    }
    return token
  }

  /** Sends an authorised call; after a 401 it refreshes a fetched token once and retries once. */
  private async call(
    method: string,
    path: string,
    body?: string,
  ): Promise<Record<string, unknown>> {
    const token = this.tokens === null ? null : await this.tokens.get()
    try {
      return await this.send(method, path, body, token)
    } catch (error) {
      const retry =
        error instanceof UnauthorizedError && token !== null && this.tokens?.refreshable === true
      if (!retry) throw error instanceof UnauthorizedError ? error.failure : error
      this.options.logger.warn({ method, path }, 'upstream rejected the token; fetching a new one')
      this.tokens.invalidate(token)
      const fresh = await this.tokens.get()
      try {
        return await this.send(method, path, body, fresh)
      } catch (second) {
        throw second instanceof UnauthorizedError ? second.failure : second
      }
    }
  }

  private async send(
    method: string,
    path: string,
    body: string | undefined,
    token: string | null,
  ): Promise<Record<string, unknown>> {
    const headers = new Headers({ Accept: 'application/json' })
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    if (token !== null) headers.set('Authorization', token)

    const url = `${this.options.baseUrl}${API_PREFIX}${path}`
    const controller = new AbortController()
    const request = new Request(url, { method, headers, body, signal: controller.signal })
    const started = performance.now()
    const logFields = { method, path: `${API_PREFIX}${path}` }

    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort()
        reject(new UpstreamTimeout())
      }, this.options.timeoutMs)
    })

    try {
      const response = await Promise.race([this.options.fetch(request), timeout])
      const text = await Promise.race([response.text(), timeout])
      const durationMs = Math.round(performance.now() - started)
      this.options.logger.info(
        { ...logFields, status: response.status, durationMs },
        'upstream call',
      )
      const result = readEnvelope(response.status, text, `${method} ${path}`, this.secrets)
      if (result.unauthorized) throw new UnauthorizedError(result.failure)
      return result.data
    } catch (error) {
      const durationMs = Math.round(performance.now() - started)
      if (error instanceof UpstreamTimeout) {
        this.options.logger.error({ ...logFields, durationMs }, 'upstream call timed out')
        // A create that timed out may still have created the project, so a blind retry could
        // start a second render.
        const advice =
          method === 'POST' && path === '/editor/project'
            ? 'The project may have been created anyway: check your projects in AI Studios before exporting again.'
            : 'Try again later, or raise UPSTREAM_TIMEOUT_MS on the server.'
        throw new ApiFailure(
          504,
          'upstream_timeout',
          `AI Studios did not respond to ${method} ${path} within ${this.options.timeoutMs} ms. ${advice}`,
        )
      }
      if (error instanceof ApiFailure || error instanceof UnauthorizedError) throw error
      this.options.logger.error(
        { ...logFields, durationMs, err: describeNetworkError(error) },
        'upstream unreachable',
      )
      throw new ApiFailure(
        502,
        'upstream_unreachable',
        `Could not reach AI Studios at ${new URL(this.options.baseUrl).host}. Check the network and AISTUDIOS_API_URL, then try again.`,
      )
    } finally {
      clearTimeout(timer)
    }
  }
}

class UpstreamTimeout extends Error {}

/** Carries a 401 from `send` to `call`, which decides whether to refresh the token. */
class UnauthorizedError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message)
  }
}

function invalidResponse(call: string, detail: string): ApiFailure {
  return new ApiFailure(
    502,
    'upstream_invalid_response',
    `AI Studios returned ${detail} for ${call}. Try again later; if it persists, the API may have changed.`,
  )
}

/** Turns a failed token request into a message about the app id and user key. */
function tokenFailure(error: unknown): unknown {
  const failure = error instanceof UnauthorizedError ? error.failure : error
  // Network, timeout and garbled replies keep their own messages; every other refusal is about
  // the app id and user key.
  const kept = ['upstream_unreachable', 'upstream_timeout', 'upstream_invalid_response']
  if (!(failure instanceof ApiFailure) || kept.includes(failure.code)) return failure
  return new ApiFailure(
    502,
    'upstream_auth_failed',
    `AI Studios did not issue a token: ${failure.upstreamDetail ?? failure.code}. Check AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY, and restart the server.`,
  )
}

function secretValues(credentials: Credentials | null): string[] {
  if (credentials === null) return []
  return credentials.kind === 'token'
    ? [credentials.token]
    : [credentials.appId, credentials.userKey]
}

/** Names the network failure without its stack; fetch puts the system error in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined
  return code === undefined ? error.message : `${error.message} (${code})`
}
