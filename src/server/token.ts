import type { Credentials } from './config'

/** Supplies the raw token for the upstream `Authorization` header. */
export interface TokenSource {
  get(): Promise<string>
  /** Drops `token` from the cache after the upstream rejected it, if it is still the cached one. */
  invalidate(token: string): void
  /** Whether `invalidate` followed by `get` can yield a different token. */
  readonly refreshable: boolean
}

/** AI Studios tokens are valid for 24 hours; the token response carries no expiry of its own. */
export const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000
/** A cached token is replaced this long before its end, so a slow render poll never sends an expired one. */
export const TOKEN_REFRESH_MARGIN_MS = 60 * 60 * 1000

export function createTokenSource(
  credentials: Credentials,
  fetchToken: () => Promise<string>,
  now: () => number = Date.now,
): TokenSource {
  if (credentials.kind === 'token') {
    const token = credentials.token
    return { get: () => Promise.resolve(token), invalidate: () => {}, refreshable: false }
  }
  return new CachedTokenSource(fetchToken, now)
}

class CachedTokenSource implements TokenSource {
  readonly refreshable = true
  private cached: { token: string; obtainedAt: number } | null = null
  private pending: Promise<string> | null = null

  constructor(
    private readonly fetchToken: () => Promise<string>,
    private readonly now: () => number,
  ) {}

  get(): Promise<string> {
    const cached = this.cached
    if (
      cached !== null &&
      this.now() < cached.obtainedAt + TOKEN_LIFETIME_MS - TOKEN_REFRESH_MARGIN_MS
    ) {
      return Promise.resolve(cached.token)
    }
    // Concurrent callers share one token request.
    this.pending ??= this.fetchToken()
      .then((token) => {
        this.cached = { token, obtainedAt: this.now() }
        return token
      })
      .finally(() => {
        this.pending = null
      })
    return this.pending
  }

  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null
  }
}
