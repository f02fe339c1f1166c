import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { isLoopbackHost } from './config'
import { ApiFailure, sendFailure } from './errors'

export interface OriginPolicy {
  /** Host the server listens on; a wildcard address such as 0.0.0.0 adds no trusted name. */
  host: string
  allowedOrigins: readonly string[]
}

function isTrustedHostname(hostname: string, policy: OriginPolicy): boolean {
  if (isLoopbackHost(hostname)) return true
  return hostname === policy.host && policy.host !== '0.0.0.0' && policy.host !== '::'
}

function isOwnOrigin(origin: string, requestUrl: URL, policy: OriginPolicy): boolean {
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false
  }
  return parsed.origin === requestUrl.origin && isTrustedHostname(parsed.hostname, policy)
}

/**
 * Rejects a request whose Origin header is present and is neither one of `allowedOrigins` nor
 * the server's own origin. The own origin must also have a trusted host name (a loopback name or
 * HOST), so a page on another domain that resolves to this machine cannot pass as same-origin.
 * In development the Vite server's origin is the request's own origin, so it passes.
 */
export function originGuard(policy: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin')
    if (origin === undefined || policy.allowedOrigins.includes(origin)) return next()

    if (isOwnOrigin(origin, new URL(c.req.url), policy)) return next()

    return sendFailure(
      c,
      new ApiFailure(
        403,
        'forbidden_origin',
        `Requests from origin ${origin} are not allowed. Open the editor from this server's own address, or add the origin to ALLOWED_ORIGINS.`,
      ),
    )
  }
}

/** Requires `Content-Type: application/json` on requests that carry a body. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
  const mediaType = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase()
  if (mediaType === 'application/json') return next()
  return sendFailure(
    c,
    new ApiFailure(
      415,
      'unsupported_media_type',
      `The request body must be JSON with Content-Type: application/json, got ${mediaType ?? 'no Content-Type'}.`,
    ),
  )
}

export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      sendFailure(
        c,
        new ApiFailure(
          413,
          'payload_too_large',
          `The request body is larger than ${maxBytes} bytes. Remove unused scenes or clips, or raise BODY_LIMIT_BYTES on the server.`,
        ),
      ),
  })
}
