import { createHash } from 'node:crypto'
import { ApiFailure } from './errors'

interface Entry {
  bodyHash: string
  result: Promise<string>
  expiresAt: number
}

export interface IdempotencyOptions {
  ttlMs: number
  /**
   * Whether a failure is remembered for its key like a result. A timed-out create may have had an
   * effect, so it is remembered. Other failures are forgotten, so the key can be retried.
   */
  remembersFailure?: (error: unknown) => boolean
  /** Oldest entries are dropped beyond this count, which bounds memory. */
  maxEntries: number
  now?: () => number
}

/**
 * Remembers the project created for each Idempotency-Key, so a repeated export click or a
 * retried request with the same body returns the same project ID. A concurrent duplicate
 * waits for the first request's result. A failed attempt is forgotten, so it can be retried,
 * unless `remembersFailure` returns true for it.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>()
  private readonly now: () => number

  constructor(private readonly options: IdempotencyOptions) {
    this.now = options.now ?? Date.now
  }

  run(key: string, bodyText: string, create: () => Promise<string>): Promise<string> {
    this.dropExpired()
    const bodyHash = createHash('sha256').update(bodyText).digest('hex')
    const existing = this.entries.get(key)
    if (existing !== undefined) {
      if (existing.bodyHash !== bodyHash) {
        return Promise.reject(
          new ApiFailure(
            409,
            'idempotency_key_reused',
            'This Idempotency-Key was already used with a different request body. Send a new key for a changed project.',
          ),
        )
      }
      return existing.result
    }

    this.makeRoom()
    const result = create()
    const entry = { bodyHash, result, expiresAt: this.now() + this.options.ttlMs }
    this.entries.set(key, entry)
    result.catch((error: unknown) => {
      if (this.options.remembersFailure?.(error) === true) return
      if (this.entries.get(key) === entry) this.entries.delete(key)
    })
    return result
  }

  /**
   * Drops expired entries. Every entry lives `ttlMs` from its insertion and Map iteration follows
   * insertion order, so the scan stops at the first entry that has not expired.
   */
  private dropExpired(): void {
    const now = this.now()
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break
      this.entries.delete(key)
    }
  }

  /** Drops the oldest entries until one more fits; Map iteration follows insertion order. */
  private makeRoom(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.options.maxEntries) break
      this.entries.delete(key)
    }
  }
}

/** Checks that an Idempotency-Key is 1 to 200 visible ASCII characters, such as a UUID. */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,200}$/.test(key)
}
