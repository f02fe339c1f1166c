import { isLoopbackHost } from '../config'
import type { Logger } from '../logger'
import type { FetchFunction } from '../upstream'

/** Payload that AI Studios documents for progress callbacks. */
export interface WebhookPayload {
  progress: number
  backendTaskId: string
  credit?: number
  download_url?: string
}

const WEBHOOK_TIMEOUT_MS = 5000

/**
 * Posts one progress callback as JSON. The sandbox is a local stand-in, so it delivers only to
 * loopback addresses and skips other hosts with a warning. A failed delivery is logged and
 * never stops the render.
 */
export async function deliverWebhook(
  fetch: FetchFunction,
  webhookUrl: string,
  payload: WebhookPayload,
  logger: Logger,
  projectId: string,
): Promise<void> {
  let url: URL
  try {
    url = new URL(webhookUrl)
  } catch {
    logger.warn({ projectId }, 'sandbox webhook skipped: webhookUrl is not an absolute URL')
    return
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isLoopbackHost(url.hostname)) {
    logger.warn(
      { projectId, webhookHost: url.host },
      'sandbox webhook skipped: the sandbox calls only http(s) loopback addresses',
    )
    return
  }

  const request = new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  })
  try {
    const response = await fetch(request)
    await response.body?.cancel()
    const fields = { projectId, progress: payload.progress, status: response.status }
    if (response.ok) logger.info(fields, 'sandbox webhook delivered')
    else logger.warn(fields, 'sandbox webhook failed with an HTTP error; the render goes on')
  } catch (error) {
    logger.warn(
      {
        projectId,
        progress: payload.progress,
        err: error instanceof Error ? error.message : String(error),
      },
      'sandbox webhook failed; the render goes on',
    )
  }
}
