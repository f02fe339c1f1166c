import { describe, expect, test } from 'vitest'
import { ApiFailure } from './errors'
import { IdempotencyStore, isValidIdempotencyKey } from './idempotency'

function store(clock: { now: number }, maxEntries = 10) {
  return new IdempotencyStore({ ttlMs: 1000, maxEntries, now: () => clock.now })
}

describe('IdempotencyStore', () => {
  test('expired key creates again', async () => {
    const clock = { now: 0 }
    const keys = store(clock)
    let created = 0
    const create = async () => `p${++created}`
    expect(await keys.run('k', 'body', create)).toBe('p1')
    clock.now = 999
    expect(await keys.run('k', 'body', create)).toBe('p1')
    clock.now = 1000
    expect(await keys.run('k', 'body', create)).toBe('p2')
  })

  test('failed attempt can be retried', async () => {
    const keys = store({ now: 0 })
    await expect(keys.run('k', 'body', () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    )
    expect(await keys.run('k', 'body', async () => 'p1')).toBe('p1')
  })

  test('different body is a conflict', async () => {
    const keys = store({ now: 0 })
    await keys.run('k', 'one', async () => 'p1')
    const error = await keys.run('k', 'two', async () => 'p2').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiFailure)
    expect((error as ApiFailure).status).toBe(409)
  })

  test('oldest entry is dropped at capacity', async () => {
    const keys = store({ now: 0 }, 2)
    await keys.run('a', 'body', async () => 'p-a')
    await keys.run('b', 'body', async () => 'p-b')
    await keys.run('c', 'body', async () => 'p-c')
    expect(await keys.run('a', 'body', async () => 'p-a2')).toBe('p-a2')
    expect(await keys.run('c', 'body', async () => 'p-c2')).toBe('p-c')
  })
})

describe('isValidIdempotencyKey', () => {
  test.each([
    ['8e0f6a3e-3f4b-4c1e-9d1a-1f2b3c4d5e6f', true],
    ['', false],
    ['has space', false],
    ['x'.repeat(201), false],
  ])('%s is %s', (key, valid) => {
    expect(isValidIdempotencyKey(key)).toBe(valid)
  })
})
