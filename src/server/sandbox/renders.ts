import { randomBytes, randomUUID } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../logger'
import type { FetchFunction } from '../upstream'
import { deliverWebhook } from './webhook'

export interface RenderOptions {
  /** Folder for the stored requests, `DATA_DIR/sandbox`. */
  dir: string
  renderSeconds: number
  logger: Logger
  /** Fetch function for webhook calls. */
  fetch: FetchFunction
  /** Public base URL of the server, for the absolute `download_url` in webhook payloads. */
  publicUrl: () => string | undefined
  now?: () => number
}

/** One sandbox render: a stored request whose progress grows with time. */
export interface Render {
  projectId: string
  backendTaskId: string
  createdAt: number
  name: string
  orientation: string
  webhookUrl?: string
}

/** Progress percentages at which the sandbox calls the webhook. */
const WEBHOOK_STEPS = [25, 50, 75, 100]

const PROJECT_ID = /^[a-f0-9]{24}$/

/** Renders kept in memory; older ones are rebuilt from their stored files when asked for. */
const MAX_RENDERS_IN_MEMORY = 10_000

/** Keeps sandbox renders in memory and their request bodies as files in `dir`. */
export class SandboxRenders {
  private readonly renders = new Map<string, Render>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly now: () => number

  constructor(private readonly options: RenderOptions) {
    this.now = options.now ?? Date.now
  }

  /** Stores the body unchanged, as bytes or as text written in UTF-8, and starts the render. */
  async create(bodyBytes: Uint8Array | string, body: Record<string, unknown>): Promise<Render> {
    // 24 hexadecimal digits, the form of a MongoDB ObjectId, which the `_id` field suggests.
    const projectId = randomBytes(12).toString('hex')
    await mkdir(this.options.dir, { recursive: true })
    await writeFile(this.filePath(projectId), bodyBytes)

    const render = describeRender(projectId, body, this.now())
    this.remember(render)
    if (render.webhookUrl !== undefined) this.scheduleWebhooks(render, render.webhookUrl)
    this.options.logger.info({ projectId }, 'sandbox render started')
    return render
  }

  /** Finds a render in memory, or rebuilds it from its stored file after a restart. */
  async find(projectId: string): Promise<Render | null> {
    if (!PROJECT_ID.test(projectId)) return null
    const known = this.renders.get(projectId)
    if (known !== undefined) return known
    try {
      const path = this.filePath(projectId)
      const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
      const render = describeRender(projectId, parseObject(text), info.mtimeMs)
      this.remember(render)
      return render
    } catch {
      return null
    }
  }

  /** Progress from 0 to 100 with one decimal, growing linearly over the render time. */
  progress(render: Render): number {
    const durationMs = this.options.renderSeconds * 1000
    if (durationMs === 0) return 100
    const fraction = Math.min(1, (this.now() - render.createdAt) / durationMs)
    return Math.round(fraction * 1000) / 10
  }

  async readStored(projectId: string): Promise<Buffer | null> {
    if (!PROJECT_ID.test(projectId)) return null
    try {
      return await readFile(this.filePath(projectId))
    } catch {
      return null
    }
  }

  /** Cancels pending webhook calls. */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  /** Reads the stored request back as an object, for the scenes of get-project. */
  async readRequest(projectId: string): Promise<Record<string, unknown>> {
    const stored = await this.readStored(projectId)
    return stored === null ? {} : parseObject(stored.toString('utf8'))
  }

  private remember(render: Render): void {
    // Map iteration follows insertion order, so the first key is the oldest render.
    const oldest = this.renders.keys().next()
    if (this.renders.size >= MAX_RENDERS_IN_MEMORY && oldest.done !== true) {
      this.renders.delete(oldest.value)
    }
    this.renders.set(render.projectId, render)
  }

  private filePath(projectId: string): string {
    return join(this.options.dir, `${projectId}.json`)
  }

  private scheduleWebhooks(render: Render, webhookUrl: string): void {
    const durationMs = this.options.renderSeconds * 1000
    for (const step of WEBHOOK_STEPS) {
      const timer = setTimeout(
        () => {
          this.timers.delete(timer)
          const payload =
            step === 100
              ? {
                  progress: step,
                  backendTaskId: render.backendTaskId,
                  // The sandbox renders nothing, so it charges nothing.
                  credit: 0,
                  download_url: this.absoluteUrl(sandboxDownloadPath(render.projectId)),
                }
              : { progress: step, backendTaskId: render.backendTaskId }
          void deliverWebhook(
            this.options.fetch,
            webhookUrl,
            payload,
            this.options.logger,
            render.projectId,
          )
        },
        (durationMs * step) / 100,
      )
      timer.unref()
      this.timers.add(timer)
    }
  }

  private absoluteUrl(path: string): string {
    const base = this.options.publicUrl()
    return base === undefined ? path : new URL(path, base).href
  }
}

/** Path under which the server serves a stored sandbox request. */
export function sandboxDownloadPath(projectId: string): string {
  return `/sandbox/renders/${projectId}.json`
}

function parseObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text)
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function describeRender(
  projectId: string,
  body: Record<string, unknown>,
  createdAt: number,
): Render {
  const render: Render = {
    projectId,
    backendTaskId: randomUUID(),
    createdAt,
    name: typeof body['name'] === 'string' ? body['name'] : 'Default Template',
    orientation: typeof body['orientation'] === 'string' ? body['orientation'] : 'landscape',
  }
  if (typeof body['webhookUrl'] === 'string' && body['webhookUrl'] !== '') {
    render.webhookUrl = body['webhookUrl']
  }
  return render
}
