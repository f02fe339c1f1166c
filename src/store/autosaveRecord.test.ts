import { describe, expect, test } from 'vitest'
import { serializeProject } from '../model/serialize'
import type { Project } from '../model/types'
import {
  RECORD_VERSION,
  UnreadableRecordError,
  migrate,
  readStored,
  storedValueText,
  type SavedRecord,
} from './autosaveRecord'

const project = {
  name: 'Launch',
  scenes: [{ sceneIdx: 0, clips: [], background: { id: 'bg', type: 'background' } }],
  tts: { speed: 1.1 },
} as unknown as Project

function record(fields: Partial<SavedRecord> = {}): SavedRecord {
  return {
    version: RECORD_VERSION,
    savedAt: '2026-01-02T03:04:05.000Z',
    tabId: 'tab-a',
    revision: 3,
    sceneIndex: 0,
    projectText: serializeProject(project),
    ...fields,
  }
}

describe('migrate', () => {
  test('version 1 record becomes current', () => {
    const migrated = migrate({ version: 1, savedAt: Date.UTC(2025, 4, 6), project })
    expect(migrated).toEqual({
      version: RECORD_VERSION,
      savedAt: '2025-05-06T00:00:00.000Z',
      tabId: '',
      revision: 0,
      sceneIndex: 0,
      projectText: serializeProject(project),
    })
  })

  test('current record passes unchanged', () => {
    expect(migrate(record())).toEqual(record())
  })

  test.each([
    ['a string', 'not a record', /a value of type string, not a record/],
    ['null', null, /null, not a record/],
    ['no version', { savedAt: 'now' }, /no version number/],
    ['a newer version', { version: RECORD_VERSION + 1 }, /newer version of the editor/],
    ['an unknown version', { version: 0 }, /record version 0 is unknown/],
    ['a wrong field', { ...record(), revision: -1 }, /revision is invalid/],
    ['a missing field', { ...record(), projectText: undefined }, /projectText is invalid/],
    ['a version 1 array project', { version: 1, savedAt: 0, project: [] }, /an array/],
  ])('rejects %s', (_name, value, reason) => {
    expect(() => migrate(value)).toThrow(UnreadableRecordError)
    expect(() => migrate(value)).toThrow(reason)
  })
})

describe('readStored', () => {
  test('missing value is empty', () => {
    expect(readStored(undefined)).toEqual({ kind: 'empty' })
  })

  test('record gives the exact project', () => {
    const stored = readStored(record())
    expect(stored.kind).toBe('record')
    if (stored.kind !== 'record') return
    expect(stored.project).toEqual(project)
    expect(serializeProject(stored.project)).toBe(record().projectText)
  })

  test('invalid project JSON is unreadable', () => {
    const stored = readStored(record({ projectText: '{ "scenes": [' }))
    expect(stored.kind).toBe('unreadable')
    if (stored.kind === 'unreadable') expect(stored.reason).toMatch(/not valid JSON/)
  })

  test('project that is not an object is unreadable', () => {
    const stored = readStored(record({ projectText: '[1, 2]' }))
    expect(stored).toEqual({ kind: 'unreadable', reason: 'its project is an array, not an object' })
  })
})

describe('storedValueText', () => {
  test('text stays as stored', () => {
    expect(storedValueText('{ broken')).toBe('{ broken')
  })

  test('objects become JSON', () => {
    expect(JSON.parse(storedValueText(record()))).toEqual(record())
  })

  test('values without JSON fall back to String', () => {
    expect(storedValueText(10n)).toBe('10')
  })
})
