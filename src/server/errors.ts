import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Problem } from '../model/problems'

/** Body of every failed /api response. */
export interface ErrorBody {
  error: { code: string; message: string; problems?: Problem[] }
}

/** A failure with the HTTP status and the message that the browser shows to the user. */
export class ApiFailure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly problems?: Problem[],
    /** The upstream's own error message and code, when the failure came from AI Studios. */
    readonly upstreamDetail?: string,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

export function errorBody(failure: ApiFailure): ErrorBody {
  const error: ErrorBody['error'] = { code: failure.code, message: failure.message }
  if (failure.problems !== undefined) error.problems = failure.problems
  return { error }
}

export function sendFailure(c: Context, failure: ApiFailure): Response {
  return c.json(errorBody(failure), failure.status)
}
