import { describe, expect, test } from 'vitest'
import { apiKeys, progressPollDelay, PROGRESS_POLL_MAX_MS, PROGRESS_POLL_MIN_MS } from './queries'

describe('progressPollDelay', () => {
  test('starts at the minimum', () => {
    expect(progressPollDelay(0)).toBe(PROGRESS_POLL_MIN_MS)
  })

  test('grows with each poll', () => {
    expect(progressPollDelay(1)).toBeGreaterThan(progressPollDelay(0))
    expect(progressPollDelay(2)).toBeGreaterThan(progressPollDelay(1))
  })

  test('stops growing at the maximum', () => {
    expect(progressPollDelay(50)).toBe(PROGRESS_POLL_MAX_MS)
  })
})

describe('apiKeys', () => {
  test('progress key nests under its project', () => {
    expect(apiKeys.progress('p1').slice(0, apiKeys.project('p1').length)).toEqual([
      ...apiKeys.project('p1'),
    ])
    expect(apiKeys.progress('p1')).not.toEqual(apiKeys.progress('p2'))
  })
})
