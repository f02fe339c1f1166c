import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { type Notice, parseRequestText } from './parse'
import { serializeProject } from './serialize'
import type { Project } from './types'

const JSON_FIXTURES = [
  'all-clip-types.json',
  'portrait-scene-scripts.json',
  'sample-avatar-scene.json',
] as const

function readFixture(name: string): string {
  return readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8')
}

function parseFixture(text: string): { project: Project; notices: Notice[] } {
  const result = parseRequestText(text)
  if (!result.ok) throw new Error(`fixture did not parse: ${result.error.message}`)
  return { project: result.value as Project, notices: result.notices }
}

function importText(text: string): Project {
  return parseFixture(text).project
}

/** Lists the keys of every object in document order, one `path: keys` line per object. */
function keyOrder(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => keyOrder(item, `${path}[${index}]`))
  }
  if (typeof value !== 'object' || value === null) return []
  const keys = Object.keys(value)
  const nested = keys.flatMap((key) =>
    keyOrder((value as Record<string, unknown>)[key], `${path}.${key}`),
  )
  return [`${path}: ${keys.join(',')}`, ...nested]
}

describe.each(JSON_FIXTURES)('round trip of %s', (name) => {
  const original = readFixture(name)

  test('keeps the JSON value', () => {
    const serialized = serializeProject(importText(original))
    expect(JSON.parse(serialized)).toEqual(JSON.parse(original))
  })

  test('keeps key order', () => {
    const serialized = serializeProject(importText(original))
    expect(keyOrder(JSON.parse(serialized))).toEqual(keyOrder(JSON.parse(original)))
  })

  test('matches pretty-printed original', () => {
    const serialized = serializeProject(importText(original))
    expect(serialized).toBe(JSON.stringify(JSON.parse(original), null, 2))
  })
})

describe('round trip numbers', () => {
  test('keeps full float precision', () => {
    const serialized = serializeProject(importText(readFixture('sample-avatar-scene.json')))
    expect(serialized).toContain('"top": 146.74129135713008,')
  })

  test('keeps negative fractions', () => {
    const serialized = serializeProject(importText(readFixture('all-clip-types.json')))
    expect(serialized).toContain('"left": -4.6,')
  })
})

describe('round trip key order limits', () => {
  test('integer-like keys move first', () => {
    const project = importText('{"scenes": [], "dictionary": {"b": 1, "10": 2, "a": 3}}')
    expect(Object.keys(project.dictionary as object)).toEqual(['10', 'b', 'a'])
  })
})

describe('published sample import', () => {
  const sample = readFixture('published-sample.txt')
  const reference = JSON.parse(readFixture('sample-avatar-scene.json')) as Record<string, unknown>
  const withoutWebhook = { ...reference }
  delete withoutWebhook.webhookUrl

  test('equals reference without webhook', () => {
    expect(importText(sample)).toEqual(withoutWebhook)
  })

  test('keeps reference key order', () => {
    expect(keyOrder(importText(sample))).toEqual(keyOrder(withoutWebhook))
  })

  test('serializes to reference text', () => {
    const serialized = serializeProject(importText(sample))
    expect(serialized).toBe(JSON.stringify(withoutWebhook, null, 2))
  })

  test('reports two notices', () => {
    expect(parseFixture(sample).notices).toHaveLength(2)
  })

  test('reports trailing comma line', () => {
    const lines = sample.split('\n')
    const commaLine =
      lines.findIndex((line, index) => line.trim() === '},' && lines[index + 1]?.trim() === '],') +
      1
    expect(commaLine).toBe(118)
    expect(parseFixture(sample).notices[0]).toEqual({
      line: commaLine,
      message: `Removed a trailing comma at line ${commaLine}, column 12.`,
    })
  })

  test('reports cleared placeholder', () => {
    const notice = parseFixture(sample).notices[1]
    expect(notice?.line).toBe(123)
    expect(notice?.message).toContain('webhookUrl')
    expect(notice?.message).toContain('${webhook_delivery_address}')
    expect(notice?.message).toContain('cleared')
  })

  test('drops webhookUrl key', () => {
    expect(Object.keys(importText(sample))).toEqual(['scenes'])
  })
})
