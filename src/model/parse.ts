import {
  getLocation,
  parse as parseLenient,
  type ParseError,
  printParseErrorCode,
} from 'jsonc-parser'
import { isObject } from './access'
import { formatPath } from './problems'

/** A repair made while reading pasted text, shown to the user after the import. */
export interface Notice {
  line?: number
  message: string
}

export interface SyntaxProblem {
  message: string
  line?: number
  column?: number
}

export type ParseResult =
  { ok: true; value: unknown; notices: Notice[] } | { ok: false; error: SyntaxProblem }

interface Repair {
  kind: 'trailing-comma' | 'placeholder'
  offset: number
  length: number
}

const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Parses request text as people paste it. Strict JSON takes the fast path. Otherwise the text is
 * repaired in place, keeping every offset, for the two faults of the published samples: a comma
 * before a closing bracket, and an unquoted `${...}` template placeholder as a value. A placeholder
 * is removed from its object, so the request goes out without it. Every repair becomes a notice.
 */
export function parseRequestText(input: string): ParseResult {
  const notices: Notice[] = []
  let text = input
  if (text.startsWith(BYTE_ORDER_MARK)) {
    text = text.slice(1)
    notices.push({ line: 1, message: 'Removed a UTF-8 byte-order mark at the start of the text.' })
  }
  if (text.trim() === '') {
    return {
      ok: false,
      error: { message: 'The text is empty. Paste a project JSON or open a file.' },
    }
  }

  try {
    return { ok: true, value: JSON.parse(text), notices }
  } catch {
    // Falls through to the repair below.
  }

  const repairs = findRepairs(text)
  const repaired = applyRepairs(text, repairs)
  let value: unknown
  try {
    value = JSON.parse(repaired)
  } catch (error) {
    return { ok: false, error: locateSyntaxError(repaired, error) }
  }

  for (const repair of repairs) {
    const { line, column } = lineAndColumn(text, repair.offset)
    if (repair.kind === 'trailing-comma') {
      notices.push({ line, message: `Removed a trailing comma at line ${line}, column ${column}.` })
      continue
    }
    const source = text.slice(repair.offset, repair.offset + repair.length)
    const path = getLocation(repaired, repair.offset + 1).path
    const name = path.length > 0 ? formatPath(path) : 'The value'
    removeAtPath(value, path)
    notices.push({
      line,
      message: `${name} held the placeholder ${source} at line ${line} and was cleared. Set a real value in the editor if you need it.`,
    })
  }
  return { ok: true, value, notices }
}

/** Finds trailing commas and `${...}` placeholders outside strings. */
function findRepairs(text: string): Repair[] {
  const repairs: Repair[] = []
  let inString = false
  let lastToken = ''
  let lastTokenOffset = -1

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
      continue
    }
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') continue

    if ((char === '}' || char === ']') && lastToken === ',') {
      repairs.push({ kind: 'trailing-comma', offset: lastTokenOffset, length: 1 })
    }
    if (char === '$' && text[i + 1] === '{') {
      const end = placeholderEnd(text, i + 2)
      if (end > 0) {
        repairs.push({ kind: 'placeholder', offset: i, length: end - i })
        i = end - 1
        lastToken = '"'
        lastTokenOffset = i
        continue
      }
    }
    if (char === '"') inString = true
    lastToken = char
    lastTokenOffset = i
  }
  return repairs
}

/** Returns the offset after the `}` that closes a placeholder on the same line, or -1. */
function placeholderEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (char === '}') return i + 1
    if (char === '\n' || char === '"' || char === '{') return -1
  }
  return -1
}

/** Replaces each repair with text of the same length, so offsets still match the input. */
function applyRepairs(text: string, repairs: readonly Repair[]): string {
  let result = ''
  let from = 0
  for (const repair of repairs) {
    const replacement =
      repair.kind === 'trailing-comma' ? ' ' : `"${'_'.repeat(Math.max(0, repair.length - 2))}"`
    result += text.slice(from, repair.offset) + replacement
    from = repair.offset + repair.length
  }
  return result + text.slice(from)
}

function removeAtPath(root: unknown, path: ReadonlyArray<string | number>): void {
  let parent: unknown = root
  for (const key of path.slice(0, -1)) {
    parent =
      isObject(parent) || Array.isArray(parent)
        ? (parent as Record<string, unknown>)[key]
        : undefined
  }
  const last = path[path.length - 1]
  if (last === undefined) return
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = null
  else if (isObject(parent)) delete parent[last]
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Messages by jsonc-parser's error code names. */
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after a property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}' to close an object",
  CloseBracketExpected: "expected ']' to close an array",
  EndOfFileExpected: 'expected the end of the text after the closing bracket',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  InvalidCharacter: 'a string contains a raw control character or line break',
  InvalidEscapeCharacter: 'invalid escape sequence in a string',
  InvalidUnicode: 'invalid \\u escape in a string',
}

/** Locates the first syntax error. jsonc-parser gives the offset, JSON.parse's message is the fallback. */
function locateSyntaxError(text: string, error: unknown): SyntaxProblem {
  const errors: ParseError[] = []
  parseLenient(text, errors, { allowTrailingComma: false, disallowComments: true })
  const first = errors[0]
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset)
    const reason = SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? 'invalid JSON'
    return {
      line,
      column,
      message: `The JSON is invalid at line ${line}, column ${column}: ${reason}. Fix the text there and import again.`,
    }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { message: `The JSON is invalid: ${detail}. Fix the text and import again.` }
}
