import type { Logger } from './logger'
import { internalFailure, type SandboxCalls, type SandboxOutcome } from './sandbox/app'
import type { Progress, Upstream } from './upstream'
import { readEnvelope } from './upstream-envelope'

const API_PREFIX = '/api/odin/v3'

/**
 * The upstream in sandbox mode: calls the embedded sandbox's functions in this process, without
 * building HTTP requests, and maps its failures exactly as an HTTP envelope from AI Studios is
 * mapped. Each call is logged like a call to AI Studios.
 */
export class SandboxUpstream implements Upstream {
  constructor(
    private readonly calls: SandboxCalls,
    private readonly logger: Logger,
  ) {}

  async createProject(bodyText: string): Promise<string> {
    const data = await this.call('POST', '/editor/project', () =>
      this.calls.createProject(bodyText),
    )
    return String(data['projectId'])
  }

  async getProgress(projectId: string): Promise<Progress> {
    const data = await this.call('GET', `/editor/progress/${projectId}`, () =>
      this.calls.getProgress(projectId),
    )
    const progress = Number(data['progress'])
    const downloadUrl = data['downloadUrl']
    return typeof downloadUrl === 'string' ? { progress, downloadUrl } : { progress }
  }

  async getProject(projectId: string): Promise<unknown> {
    const data = await this.call('GET', `/editor/project/${projectId}`, () =>
      this.calls.getProject(projectId),
    )
    return data['project']
  }

  async getModels(): Promise<unknown[]> {
    const data = await this.call('GET', '/model', async () => this.calls.getModels())
    return data['models'] as unknown[]
  }

  private async call(
    method: string,
    path: string,
    run: () => Promise<SandboxOutcome>,
  ): Promise<Record<string, unknown>> {
    const started = performance.now()
    let outcome: SandboxOutcome
    try {
      outcome = await run()
    } catch (error) {
      this.logger.error({ err: error, method, path }, 'sandbox request failed')
      outcome = internalFailure(error)
    }
    const status = 'data' in outcome ? 200 : outcome.status
    const durationMs = Math.round(performance.now() - started)
    this.logger.info({ method, path: `${API_PREFIX}${path}`, status, durationMs }, 'upstream call')
    if ('data' in outcome) return outcome.data
    const envelope = { success: false, error: { code: outcome.code, msg: outcome.msg } }
    const result = readEnvelope(status, JSON.stringify(envelope), `${method} ${path}`, [])
    // The sandbox issues no 401, and readEnvelope throws for every other failure status.
    if (result.unauthorized) throw result.failure
    return result.data
  }
}
