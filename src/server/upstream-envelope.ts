import { ApiFailure } from './errors'

export type EnvelopeResult =
  | { unauthorized: false; data: Record<string, unknown> }
  | { unauthorized: true; failure: ApiFailure }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Replaces every credential value in upstream text, in case the upstream echoes one back. */
function scrub(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) result = result.split(secret).join('[redacted]')
  return result
}

/**
 * Reads an AI Studios envelope `{ success, data }` or `{ success: false, error: { code, msg } }`
 * and maps a failure to the status and message that the browser receives.
 * NOTE: AI Studios publishes no error-code table, so this mapping relies on the HTTP status and
 * `success` alone and has been checked only against fakes, never against the real API.
 */
export function readEnvelope(
  status: number,
  text: string,
  call: string,
  secrets: readonly string[],
): EnvelopeResult {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }

  const envelope = isRecord(body) ? body : undefined
  const error = isRecord(envelope?.['error']) ? envelope['error'] : undefined
  const upstreamCode = error?.['code'] === undefined ? '' : scrub(String(error['code']), secrets)
  // The message is embedded in a sentence, so its own closing full stop is dropped.
  const upstreamMessage =
    typeof error?.['msg'] === 'string'
      ? scrub(error['msg'], secrets).replace(/[.\s]+$/, '')
      : 'no message given'
  const detail = upstreamCode === '' ? upstreamMessage : `${upstreamMessage} (code ${upstreamCode})`

  if (status === 401 || status === 403) {
    const failure = new ApiFailure(
      502,
      'upstream_auth_failed',
      `AI Studios rejected the server's credentials on ${call}: ${detail}. Check AISTUDIOS_TOKEN, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY, and restart the server.`,
    )
    if (status === 403) throw failure
    return { unauthorized: true, failure }
  }
  if (status === 404) {
    throw new ApiFailure(
      404,
      'not_found',
      `AI Studios has no such resource for ${call}: ${detail}. Check the project ID.`,
      undefined,
      detail,
    )
  }
  if (status >= 500) {
    throw new ApiFailure(
      502,
      'upstream_error',
      `AI Studios failed on ${call} with HTTP ${status}: ${detail}. Try again later.`,
    )
  }
  if (envelope === undefined) {
    throw new ApiFailure(
      502,
      'upstream_invalid_response',
      `AI Studios returned HTTP ${status} for ${call} with a body that is not a JSON envelope. Try again later.`,
    )
  }
  if (status < 400 && envelope['success'] !== true && error === undefined) {
    throw new ApiFailure(
      502,
      'upstream_invalid_response',
      `AI Studios returned HTTP ${status} for ${call} without "success": true or an error. Try again later; if it persists, the API may have changed.`,
    )
  }
  if (status >= 400 || envelope['success'] !== true) {
    // Only a rejected create is about the project the user sent; other calls failed upstream.
    if (!call.startsWith('POST /editor/project')) {
      throw new ApiFailure(
        502,
        'upstream_error',
        `AI Studios reported an error for ${call}: ${detail}. Try again later.`,
        undefined,
        detail,
      )
    }
    throw new ApiFailure(
      422,
      'upstream_rejected',
      `AI Studios rejected ${call}: ${detail}. Fix the project and export again.`,
      undefined,
      detail,
    )
  }
  const data = envelope['data']
  if (!isRecord(data)) {
    throw new ApiFailure(
      502,
      'upstream_invalid_response',
      `AI Studios returned no data object for ${call}. Try again later.`,
    )
  }
  return { unauthorized: false, data }
}
