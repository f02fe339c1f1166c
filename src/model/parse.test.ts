import { describe, expect, test } from 'vitest'
import { lineAndColumn, type Notice, parseRequestText, type SyntaxProblem } from './parse'

function parsed(text: string): { value: unknown; notices: Notice[] } {
  const result = parseRequestText(text)
  if (!result.ok) throw new Error(`expected the text to parse: ${result.error.message}`)
  return result
}

function syntaxError(text: string): SyntaxProblem {
  const result = parseRequestText(text)
  if (result.ok) throw new Error('expected a syntax error')
  return result.error
}

describe('parseRequestText strict JSON', () => {
  test('parses without notices', () => {
    const result = parsed('{"scenes": [], "name": "a"}')
    expect(result.value).toEqual({ scenes: [], name: 'a' })
    expect(result.notices).toEqual([])
  })

  test('keeps number text value', () => {
    const result = parsed('{"top": 146.74129135713008}')
    expect(result.value).toEqual({ top: 146.74129135713008 })
  })
})

describe('parseRequestText repairs', () => {
  test('trailing comma in object', () => {
    const result = parsed('{\n  "a": 1,\n  "b": 2,\n}')
    expect(result.value).toEqual({ a: 1, b: 2 })
    expect(result.notices).toEqual([
      { line: 3, message: 'Removed a trailing comma at line 3, column 9.' },
    ])
  })

  test('trailing comma in array', () => {
    const result = parsed('{\n  "clips": [\n    1,\n    2,\n  ]\n}')
    expect(result.value).toEqual({ clips: [1, 2] })
    expect(result.notices).toEqual([
      { line: 4, message: 'Removed a trailing comma at line 4, column 6.' },
    ])
  })

  test('trailing commas at two levels', () => {
    const result = parsed('{"a": [1, {"b": 2,},],}')
    expect(result.value).toEqual({ a: [1, { b: 2 }] })
    expect(result.notices).toHaveLength(3)
  })

  test('placeholder as object value', () => {
    const result = parsed('{\n  "name": "x",\n  "webhookUrl": ${webhook_delivery_address}\n}')
    expect(result.value).toEqual({ name: 'x' })
    expect(result.notices).toHaveLength(1)
    expect(result.notices[0]?.line).toBe(3)
    expect(result.notices[0]?.message).toBe(
      'webhookUrl held the placeholder ${webhook_delivery_address} at line 3 and was cleared. Set a real value in the editor if you need it.',
    )
  })

  test('placeholder in nested object', () => {
    const result = parsed('{"scenes": [{"sceneIdx": ${index}, "clips": []}]}')
    expect(result.value).toEqual({ scenes: [{ clips: [] }] })
    expect(result.notices[0]?.message).toMatch(
      /^scenes\[0\]\.sceneIdx held the placeholder \$\{index\}/,
    )
  })

  test('placeholder in array becomes null', () => {
    const result = parsed('{"tags": ["a", ${tag}]}')
    expect(result.value).toEqual({ tags: ['a', null] })
    expect(result.notices[0]?.message).toMatch(/^tags\[1\] held/)
  })

  test('placeholder keeps other key order', () => {
    const result = parsed('{"b": 1, "hook": ${x}, "a": 2}')
    expect(Object.keys(result.value as object)).toEqual(['b', 'a'])
  })

  test('placeholder and trailing comma together', () => {
    const result = parsed('{"a": [1,], "hook": ${x}}')
    expect(result.value).toEqual({ a: [1] })
    expect(result.notices.map((notice) => notice.message.slice(0, 16))).toEqual([
      'Removed a traili',
      'hook held the pl',
    ])
  })

  test('byte-order mark', () => {
    const result = parsed('\uFEFF{"a": 1}')
    expect(result.value).toEqual({ a: 1 })
    expect(result.notices).toEqual([
      { line: 1, message: 'Removed a UTF-8 byte-order mark at the start of the text.' },
    ])
  })

  test('byte-order mark with trailing comma', () => {
    const result = parsed('\uFEFF{"a": 1,}')
    expect(result.value).toEqual({ a: 1 })
    expect(result.notices[1]?.message).toBe('Removed a trailing comma at line 1, column 8.')
  })

  test('CRLF line endings keep line numbers', () => {
    const result = parsed('{\r\n  "a": 1,\r\n  "b": [2,\r\n  ],\r\n}\r\n')
    expect(result.value).toEqual({ a: 1, b: [2] })
    expect(result.notices).toEqual([
      { line: 3, message: 'Removed a trailing comma at line 3, column 10.' },
      { line: 4, message: 'Removed a trailing comma at line 4, column 4.' },
    ])
  })

  test('CRLF placeholder line', () => {
    const result = parsed('{\r\n  "a": 1,\r\n  "hook": ${x}\r\n}')
    expect(result.notices[0]?.line).toBe(3)
  })

  test('commas inside strings untouched', () => {
    const text = '{"text": "a, }", "list": ["b,]", "c"],}'
    const result = parsed(text)
    expect(result.value).toEqual({ text: 'a, }', list: ['b,]', 'c'] })
    expect(result.notices).toHaveLength(1)
  })

  test('placeholders inside strings untouched', () => {
    const result = parsed('{"org": "Price ${price}", "b": 1,}')
    expect(result.value).toEqual({ org: 'Price ${price}', b: 1 })
    expect(result.notices).toHaveLength(1)
  })

  test('escaped quote keeps string state', () => {
    const result = parsed('{"org": "say \\"${x},\\" ]", "b": 1,}')
    expect(result.value).toEqual({ org: 'say "${x}," ]', b: 1 })
    expect(result.notices).toHaveLength(1)
  })

  test('strict text with dollar strings', () => {
    const result = parsed('{"org": "${x}", "list": [","]}')
    expect(result.value).toEqual({ org: '${x}', list: [','] })
    expect(result.notices).toEqual([])
  })
})

describe('parseRequestText syntax errors', () => {
  test('missing closing brace', () => {
    const error = syntaxError('{\n  "a": 1,\n  "b": 2\n')
    expect(error.line).toBe(4)
    expect(error.column).toBe(1)
    expect(error.message).toContain("expected '}' to close an object")
  })

  test('missing comma', () => {
    const error = syntaxError('{\n  "a": 1\n  "b": 2\n}')
    expect(error.line).toBe(3)
    expect(error.column).toBe(3)
    expect(error.message).toBe(
      "The JSON is invalid at line 3, column 3: expected ',' between values. Fix the text there and import again.",
    )
  })

  test('unquoted key', () => {
    const error = syntaxError('{\n  "a": 1,\n  b: 2\n}')
    expect(error.line).toBe(3)
    expect(error.column).toBe(3)
    expect(error.message).toMatch(/^The JSON is invalid at line 3, column 3: /)
  })

  test('missing comma after repair', () => {
    const error = syntaxError('{"a": [1,],\n "b": 2 "c": 3}')
    expect(error.line).toBe(2)
    expect(error.column).toBe(9)
  })

  test('CRLF error position', () => {
    const error = syntaxError('{\r\n  "a": 1\r\n  "b": 2\r\n}')
    expect(error.line).toBe(3)
    expect(error.column).toBe(3)
  })

  test('empty text', () => {
    const error = syntaxError('')
    expect(error.message).toBe('The text is empty. Paste a project JSON or open a file.')
  })

  test('whitespace-only text', () => {
    const error = syntaxError(' \r\n\t ')
    expect(error.message).toMatch(/^The text is empty/)
  })

  test('byte-order mark only', () => {
    const error = syntaxError('\uFEFF')
    expect(error.message).toMatch(/^The text is empty/)
  })
})

describe('lineAndColumn', () => {
  test('first character', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 })
  })

  test('after newline', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})
