import { describe, expect, test } from 'vitest'
import { createTokenSource, TOKEN_LIFETIME_MS, TOKEN_REFRESH_MARGIN_MS } from './token'

function counterSource(clock: { now: number }) {
  let issued = 0
  const source = createTokenSource(
    { kind: 'appKey', appId: 'app', userKey: 'key' },
    async () => {
      issued += 1
      return `token-${issued}`
    },
    () => clock.now,
  )
  return { source, issued: () => issued }
}

describe('token source', () => {
  test('caches a fetched token', async () => {
    const clock = { now: 0 }
    const { source, issued } = counterSource(clock)
    expect(await source.get()).toBe('token-1')
    clock.now = TOKEN_LIFETIME_MS - TOKEN_REFRESH_MARGIN_MS - 1
    expect(await source.get()).toBe('token-1')
    expect(issued()).toBe(1)
  })

  test('refreshes before the 24 h end', async () => {
    const clock = { now: 0 }
    const { source, issued } = counterSource(clock)
    await source.get()
    clock.now = TOKEN_LIFETIME_MS - TOKEN_REFRESH_MARGIN_MS
    expect(await source.get()).toBe('token-2')
    expect(issued()).toBe(2)
  })

  test('concurrent callers share one fetch', async () => {
    const { source, issued } = counterSource({ now: 0 })
    const tokens = await Promise.all([source.get(), source.get(), source.get()])
    expect(tokens).toEqual(['token-1', 'token-1', 'token-1'])
    expect(issued()).toBe(1)
  })

  test('invalidate drops only the rejected token', async () => {
    const { source, issued } = counterSource({ now: 0 })
    await source.get()
    source.invalidate('some-older-token')
    expect(await source.get()).toBe('token-1')
    source.invalidate('token-1')
    expect(await source.get()).toBe('token-2')
    expect(issued()).toBe(2)
  })

  test('static token is not refreshable', async () => {
    const source = createTokenSource({ kind: 'token', token: 'fixed' }, async () => 'unused')
    expect(source.refreshable).toBe(false)
    source.invalidate('fixed')
    expect(await source.get()).toBe('fixed')
  })
})
