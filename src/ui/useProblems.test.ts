import { describe, expect, test } from 'vitest'
import { sizeProblem } from './useProblems'

describe('sizeProblem', () => {
  test('no limit known', () => {
    expect(sizeProblem('x'.repeat(10_000), undefined)).toBeUndefined()
  })

  test('body within the limit', () => {
    expect(sizeProblem('x'.repeat(1000), 1000)).toBeUndefined()
  })

  test('body over the limit', () => {
    const problem = sizeProblem('x'.repeat(3 * 1024 * 1024), 2 * 1024 * 1024)
    expect(problem?.severity).toBe('error')
    expect(problem?.message).toContain('3.0 MB')
    expect(problem?.message).toContain('at most 2.0 MB')
  })

  test('multi-byte text counted in UTF-8 bytes', () => {
    expect(sizeProblem('한'.repeat(400), 1000)?.message).toContain('2 KB')
  })
})
