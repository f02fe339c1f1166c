import { z } from 'zod'
import { isObject } from '../model/access'
import { serializeProject } from '../model/serialize'
import type { Project } from '../model/types'

/** Version of the record layout that this build writes. */
export const RECORD_VERSION = 2

/** The record that autosave stores under its key. */
export interface SavedRecord {
  version: typeof RECORD_VERSION
  /** ISO 8601 time of the write. */
  savedAt: string
  /** The tab that wrote the record. */
  tabId: string
  /** Counts writes of this key by all tabs, so a tab can tell whether another tab wrote since. */
  revision: number
  /** The scene that was current when the record was written. */
  sceneIndex: number
  /** The project exactly as `serializeProject` writes it. */
  projectText: string
}

const recordSchema = z.object({
  version: z.literal(RECORD_VERSION),
  savedAt: z.string(),
  tabId: z.string(),
  revision: z.int().nonnegative(),
  sceneIndex: z.int().nonnegative(),
  projectText: z.string(),
})

/**
 * Version 1: the project object itself, with the time in epoch milliseconds and no tab or revision.
 *
 * NOTE: no released build wrote version 1 records. The step keeps the migration path exercised.
 */
const version1Schema = z.object({
  version: z.literal(1),
  savedAt: z.number(),
  project: z.unknown(),
})

/** A stored value that cannot be read as a record, with the reason in words. */
export class UnreadableRecordError extends Error {
  override name = 'UnreadableRecordError'
}

/** Brings a stored value of any known version to the current layout, or throws `UnreadableRecordError`. */
export function migrate(value: unknown): SavedRecord {
  if (!isObject(value)) throw new UnreadableRecordError(`it is ${describe(value)}, not a record`)
  const version = value.version
  if (typeof version !== 'number') throw new UnreadableRecordError('it has no version number')
  if (version > RECORD_VERSION) {
    throw new UnreadableRecordError(
      `it was saved by a newer version of the editor (record version ${version})`,
    )
  }
  if (version === 1) return fromVersion1(checked(version1Schema, value))
  if (version === RECORD_VERSION) return checked(recordSchema, value)
  throw new UnreadableRecordError(`record version ${version} is unknown`)
}

function fromVersion1(record: z.infer<typeof version1Schema>): SavedRecord {
  if (!isObject(record.project)) {
    throw new UnreadableRecordError(`its project is ${describe(record.project)}, not an object`)
  }
  return {
    version: RECORD_VERSION,
    savedAt: new Date(record.savedAt).toISOString(),
    tabId: '',
    revision: 0,
    sceneIndex: 0,
    projectText: serializeProject(record.project as Project),
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = issue?.path.join('.') || 'the record'
  throw new UnreadableRecordError(`${path} is invalid: ${issue?.message ?? 'unknown problem'}`)
}

/** The outcome of reading the value stored under autosave's key. */
export type StoredProject =
  | { kind: 'empty' }
  | { kind: 'record'; record: SavedRecord; project: Project }
  | { kind: 'unreadable'; reason: string }

/** Migrates a stored value and parses its project. Any failure becomes an `unreadable` outcome. */
export function readStored(value: unknown): StoredProject {
  if (value === undefined) return { kind: 'empty' }
  try {
    const record = migrate(value)
    const project = parseProjectText(record.projectText)
    return { kind: 'record', record, project }
  } catch (error) {
    if (error instanceof UnreadableRecordError) return { kind: 'unreadable', reason: error.message }
    throw error
  }
}

function parseProjectText(text: string): Project {
  let project: unknown
  try {
    project = JSON.parse(text)
  } catch (error) {
    throw new UnreadableRecordError(`its project is not valid JSON (${(error as Error).message})`)
  }
  if (!isObject(project)) {
    throw new UnreadableRecordError(`its project is ${describe(project)}, not an object`)
  }
  return project as Project
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a value of type ${typeof value}`
}

/** Formats a stored value as text for a download, so an unreadable record can be inspected. */
export function storedValueText(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}
