import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createStore } from 'zustand'
import { newProject } from '../model/factory'
import { serializeProject } from '../model/serialize'
import type { Project } from '../model/types'
import {
  LOAD_TIMEOUT_MS,
  AUTOSAVE_KEY,
  createAutosave,
  editorPort,
  type Autosave,
  type EditorPort,
} from './autosave'
import { RECORD_VERSION, type SavedRecord } from './autosaveRecord'
import { useEditor } from './editor'
import type { ProjectStorage, TabChannel } from './storage'

/** In-memory storage with IndexedDB's contract: values are cloned, an update is all or nothing. */
class FakeStorage implements ProjectStorage {
  readonly values = new Map<string, unknown>()
  /** The error that the next updates reject with, while set. */
  failure: unknown = null
  writes = 0

  async get(key: string) {
    await Promise.resolve()
    if (this.failure) throw this.failure
    return structuredClone(this.values.get(key))
  }

  async update(key: string, change: (current: unknown) => Map<string, unknown>) {
    await Promise.resolve()
    if (this.failure) throw this.failure
    const writes = change(structuredClone(this.values.get(key)))
    for (const [name, value] of writes) {
      if (value === undefined) this.values.delete(name)
      else this.values.set(name, structuredClone(value))
      this.writes += 1
    }
  }

  record(): SavedRecord | undefined {
    return this.values.get(AUTOSAVE_KEY) as SavedRecord | undefined
  }
}

/** Channels between tabs of one fake browser: each message reaches every other tab. */
class FakeBroadcast {
  private readonly listeners = new Set<(message: unknown) => void>()

  open(): TabChannel {
    let own: ((message: unknown) => void) | null = null
    return {
      post: (message) => {
        for (const listener of this.listeners) if (listener !== own) listener(message)
      },
      subscribe: (listener) => {
        own = listener
        this.listeners.add(listener)
        return () => this.listeners.delete(listener)
      },
    }
  }
}

/** Creates an editor with only a project, a scene index and a count of undoable restores. */
function fakeEditor(project: Project = newProject()) {
  const store = createStore(() => ({ project, sceneIndex: 0, undoableRestores: 0 }))
  const port: EditorPort = {
    read: () => store.getState(),
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        if (state.project !== previous.project) listener()
      }),
    restore: (restored, sceneIndex, undoable) =>
      store.setState((state) => ({
        project: restored,
        sceneIndex,
        undoableRestores: state.undoableRestores + (undoable ? 1 : 0),
      })),
  }
  const rename = (name: string) =>
    store.setState((state) => ({ project: { ...state.project, name } }))
  return { store, port, rename, project: () => store.getState().project }
}

function savedRecord(project: Project, fields: Partial<SavedRecord> = {}): SavedRecord {
  return {
    version: RECORD_VERSION,
    savedAt: '2026-03-04T05:06:07.000Z',
    tabId: 'earlier-tab',
    revision: 4,
    sceneIndex: 0,
    projectText: serializeProject(project),
    ...fields,
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

let started: Autosave[] = []

/** An unload backup in memory, shared by the tabs of one fake browser. */
class FakeBackup {
  text: string | null = null
  read = () => this.text
  write = (text: string) => {
    this.text = text
  }
  clear = () => {
    this.text = null
  }
}

function startTab(
  storage: ProjectStorage,
  options: { channel?: TabChannel; tabId?: string; backup?: FakeBackup } = {},
) {
  const editor = fakeEditor()
  const autosave = createAutosave({ storage, editor: editor.port, ...options })
  started.push(autosave)
  return { editor, autosave, status: () => autosave.status.getState() }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  for (const autosave of started) autosave.stop()
  started = []
  vi.useRealTimers()
})

describe('autosave restore', () => {
  test('restores project exactly without undo step', async () => {
    const storage = new FakeStorage()
    const project = {
      ...newProject(),
      name: 'Quarterly update',
      tts: { pitch: 2 },
      scenes: [...newProject().scenes, ...newProject().scenes],
    } as Project
    storage.values.set(AUTOSAVE_KEY, savedRecord(project, { sceneIndex: 1 }))
    useEditor.getState().apply((current) => ({ ...current, name: 'unsaved' }))
    expect(useEditor.temporal.getState().pastStates.length).toBe(1)

    const autosave = createAutosave({ storage, editor: editorPort() })
    started.push(autosave)
    await autosave.start()

    expect(useEditor.getState().project).toEqual(project)
    expect(serializeProject(useEditor.getState().project)).toBe(serializeProject(project))
    expect(useEditor.getState().sceneIndex).toBe(1)
    expect(useEditor.temporal.getState().pastStates).toEqual([])
    expect(autosave.status.getState().state).toBe('saved')
    await vi.advanceTimersByTimeAsync(1000)
    expect(storage.record()?.revision).toBe(4)
  })

  test('scene index past the end is clamped', async () => {
    const storage = new FakeStorage()
    storage.values.set(AUTOSAVE_KEY, savedRecord(newProject(), { sceneIndex: 7 }))
    const tab = startTab(storage)
    await tab.autosave.start()
    expect(tab.editor.store.getState().sceneIndex).toBe(0)
  })

  test('version 1 record is migrated and restored', async () => {
    const storage = new FakeStorage()
    const project = { ...newProject(), name: 'From version 1' }
    storage.values.set(AUTOSAVE_KEY, { version: 1, savedAt: 0, project })
    const tab = startTab(storage)
    await tab.autosave.start()
    expect(tab.editor.project()).toEqual(project)

    tab.editor.rename('Edited')
    await vi.advanceTimersByTimeAsync(400)
    expect(storage.record()?.version).toBe(RECORD_VERSION)
    expect(storage.record()?.revision).toBe(1)
  })

  test('empty storage leaves project and writes nothing', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    const before = tab.editor.project()
    await tab.autosave.start()
    await vi.advanceTimersByTimeAsync(1000)
    expect(tab.editor.project()).toBe(before)
    expect(tab.status().state).toBe('idle')
    expect(storage.writes).toBe(0)
  })
})

describe('autosave unreadable records', () => {
  test.each([
    ['invalid JSON', savedRecord(newProject(), { projectText: '{ "scenes": [' })],
    ['wrong shape', { version: RECORD_VERSION, project: 'none' }],
    ['newer version', { version: RECORD_VERSION + 1, anything: true }],
    ['plain text', 'scenes'],
  ])('%s is set aside and reported', async (_name, value) => {
    const storage = new FakeStorage()
    storage.values.set(AUTOSAVE_KEY, value)
    const tab = startTab(storage)
    const before = tab.editor.project()
    await tab.autosave.start()

    expect(tab.editor.project()).toBe(before)
    expect(storage.values.has(AUTOSAVE_KEY)).toBe(false)
    const asideKeys = [...storage.values.keys()]
    expect(asideKeys).toHaveLength(1)
    expect(asideKeys[0]).toMatch(/^project:unreadable:/)
    expect(storage.values.get(asideKeys[0]!)).toEqual(value)

    const reported = tab.status().unreadable
    expect(reported).toHaveLength(1)
    expect(reported[0]?.key).toBe(asideKeys[0])
    expect(reported[0]?.reason).not.toBe('')
    expect(reported[0]?.text).toBe(
      typeof value === 'string' ? value : JSON.stringify(value, null, 2),
    )
  })

  test('record turned unreadable before save is set aside', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage, { tabId: 'tab-a' })
    await tab.autosave.start()
    storage.values.set(AUTOSAVE_KEY, { version: 'two' })

    tab.editor.rename('Kept')
    await vi.advanceTimersByTimeAsync(400)
    expect(storage.record()?.tabId).toBe('tab-a')
    expect(JSON.parse(storage.record()!.projectText)).toEqual(tab.editor.project())
    const aside = [...storage.values.entries()].filter(([key]) => key !== AUTOSAVE_KEY)
    expect(aside).toHaveLength(1)
    expect(aside[0]?.[1]).toEqual({ version: 'two' })
    expect(tab.status().unreadable).toHaveLength(1)
  })

  test('dismissing a report keeps the stored copy', async () => {
    const storage = new FakeStorage()
    storage.values.set(AUTOSAVE_KEY, 'garbage')
    const tab = startTab(storage)
    await tab.autosave.start()
    const key = tab.status().unreadable[0]!.key
    tab.status().dismissUnreadable(key)
    expect(tab.status().unreadable).toEqual([])
    expect(storage.values.get(key)).toBe('garbage')
  })
})

describe('autosave debounce', () => {
  test('changes within the delay are saved once', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()

    tab.editor.rename('a')
    await vi.advanceTimersByTimeAsync(300)
    tab.editor.rename('ab')
    await vi.advanceTimersByTimeAsync(300)
    tab.editor.rename('abc')
    expect(tab.status().state).toBe('pending')
    expect(storage.writes).toBe(0)

    await vi.advanceTimersByTimeAsync(400)
    expect(storage.writes).toBe(1)
    expect(tab.status().state).toBe('saved')
    const record = storage.record()!
    expect(record.projectText).toBe(serializeProject(tab.editor.project()))
    expect(record.revision).toBe(1)
  })

  test('pending until the save ends', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    expect(tab.autosave.isPending()).toBe(false)

    tab.editor.rename('waiting')
    expect(tab.autosave.isPending()).toBe(true)
    await vi.advanceTimersByTimeAsync(400)
    expect(tab.autosave.isPending()).toBe(false)
    expect(storage.writes).toBe(1)
  })

  test('flush saves without waiting', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    tab.editor.rename('now')
    await tab.autosave.flush()
    expect(JSON.parse(storage.record()!.projectText).name).toBe('now')
  })

  test('change during a write is saved after it', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    tab.editor.rename('first')
    const saving = tab.autosave.flush()
    tab.editor.rename('second')
    await saving
    expect(tab.status().state).toBe('pending')

    await vi.advanceTimersByTimeAsync(400)
    expect(JSON.parse(storage.record()!.projectText).name).toBe('second')
    expect(storage.record()?.revision).toBe(2)
    expect(tab.status().state).toBe('saved')
  })

  test('undo to the saved project cancels the save', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    tab.editor.rename('saved')
    await vi.advanceTimersByTimeAsync(400)
    const saved = tab.editor.project()
    tab.editor.rename('changed')
    tab.editor.store.setState({ project: saved })
    expect(tab.status().state).toBe('saved')
    await vi.advanceTimersByTimeAsync(400)
    expect(storage.writes).toBe(1)
  })
})

describe('autosave failures', () => {
  test('quota error keeps the project and warns', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    storage.failure = quotaError()

    tab.editor.rename('Important edit')
    await vi.advanceTimersByTimeAsync(400)
    expect(tab.status().state).toBe('failed')
    expect(tab.status().failure).toMatch(/^Autosave failed: the browser's storage .* is full\./)
    expect(tab.status().failure).toMatch(/Download the Request JSON/)
    expect(tab.editor.project().name).toBe('Important edit')
    expect(tab.autosave.isAtRisk()).toBe(true)
    expect(storage.record()).toBeUndefined()
  })

  test('next change retries after a failure', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    storage.failure = quotaError()
    tab.editor.rename('one')
    await vi.advanceTimersByTimeAsync(400)
    expect(tab.status().state).toBe('failed')

    storage.failure = null
    tab.editor.rename('two')
    await vi.advanceTimersByTimeAsync(400)
    expect(tab.status().state).toBe('saved')
    expect(tab.status().failure).toBeNull()
    expect(JSON.parse(storage.record()!.projectText).name).toBe('two')
  })

  test('retry saves the unsaved project', async () => {
    const storage = new FakeStorage()
    const tab = startTab(storage)
    await tab.autosave.start()
    storage.failure = quotaError()
    tab.editor.rename('one')
    await vi.advanceTimersByTimeAsync(400)

    storage.failure = null
    tab.status().retry()
    await vi.advanceTimersByTimeAsync(0)
    expect(tab.status().state).toBe('saved')
    expect(JSON.parse(storage.record()!.projectText).name).toBe('one')
  })

  test('blocked storage names private browsing', async () => {
    const storage = new FakeStorage()
    storage.failure = new DOMException('No IndexedDB here.', 'InvalidStateError')
    const tab = startTab(storage)
    await tab.autosave.start()
    expect(tab.status().state).toBe('failed')
    expect(tab.status().failure).toMatch(/^Autosave could not read the saved project/)
    expect(tab.status().failure).toMatch(/private browsing/)
    expect(tab.autosave.isAtRisk()).toBe(false)

    tab.editor.rename('Unsaved')
    await vi.advanceTimersByTimeAsync(400)
    expect(tab.autosave.isAtRisk()).toBe(true)
  })

  test('storage that never responds times out', async () => {
    const storage = new FakeStorage()
    storage.values.set(AUTOSAVE_KEY, savedRecord({ ...newProject(), name: 'Late' }))
    storage.update = () => new Promise(() => {})
    const tab = startTab(storage)
    const starting = tab.autosave.start()
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS)
    await starting
    expect(tab.status().state).toBe('failed')
    expect(tab.status().failure).toMatch(/did not respond within 5 s/)
    expect(tab.editor.project().name).not.toBe('Late')
  })

  test('unread storage is not overwritten later', async () => {
    const storage = new FakeStorage()
    const stored = savedRecord({ ...newProject(), name: 'Stored work' })
    storage.values.set(AUTOSAVE_KEY, stored)
    storage.failure = new Error('Transient failure')
    const tab = startTab(storage)
    await tab.autosave.start()

    storage.failure = null
    tab.editor.rename('New work')
    await vi.advanceTimersByTimeAsync(400)
    expect(tab.status().state).toBe('conflict')
    expect(storage.record()).toEqual(stored)
  })
})

describe('autosave in two tabs', () => {
  async function twoTabs(withChannel: boolean) {
    const storage = new FakeStorage()
    const broadcast = new FakeBroadcast()
    const channel = () => (withChannel ? broadcast.open() : undefined)
    const a = startTab(storage, { tabId: 'tab-a', channel: channel() })
    const b = startTab(storage, { tabId: 'tab-b', channel: channel() })
    await a.autosave.start()
    await b.autosave.start()
    return { storage, a, b }
  }

  test('save in one tab warns the other', async () => {
    const { storage, a, b } = await twoTabs(true)
    a.editor.rename('from A')
    await vi.advanceTimersByTimeAsync(400)
    expect(b.status().state).toBe('conflict')
    expect(b.status().conflict?.savedAt).toBe(storage.record()?.savedAt)
    expect(a.status().state).toBe('saved')

    b.editor.rename('from B')
    await vi.advanceTimersByTimeAsync(1000)
    expect(storage.record()?.tabId).toBe('tab-a')
    expect(b.editor.project().name).toBe('from B')
    expect(b.autosave.isAtRisk()).toBe(true)
  })

  test('stale write is caught without a channel', async () => {
    const { storage, a, b } = await twoTabs(false)
    a.editor.rename('from A')
    await vi.advanceTimersByTimeAsync(400)
    b.editor.rename('from B')
    await vi.advanceTimersByTimeAsync(400)
    expect(b.status().state).toBe('conflict')
    expect(JSON.parse(storage.record()!.projectText).name).toBe('from A')
    expect(b.editor.project().name).toBe('from B')
  })

  test('keep mine overwrites and warns the other tab', async () => {
    const { storage, a, b } = await twoTabs(true)
    a.editor.rename('from A')
    await vi.advanceTimersByTimeAsync(400)
    b.editor.rename('from B')

    b.status().keepMine()
    await vi.advanceTimersByTimeAsync(0)
    expect(b.status().state).toBe('saved')
    expect(storage.record()?.tabId).toBe('tab-b')
    expect(storage.record()?.revision).toBe(2)
    expect(JSON.parse(storage.record()!.projectText).name).toBe('from B')
    expect(a.status().state).toBe('conflict')
  })

  test('load theirs shows the other version', async () => {
    const { storage, a, b } = await twoTabs(true)
    a.editor.rename('from A')
    await vi.advanceTimersByTimeAsync(400)
    b.editor.rename('from B')

    b.status().loadTheirs()
    await vi.advanceTimersByTimeAsync(0)
    expect(b.editor.project()).toEqual(a.editor.project())
    expect(b.editor.store.getState().undoableRestores).toBe(1)
    expect(b.status().state).toBe('saved')
    expect(b.status().conflict).toBeNull()

    b.editor.rename('B after loading')
    await vi.advanceTimersByTimeAsync(400)
    expect(storage.record()?.tabId).toBe('tab-b')
    expect(storage.record()?.revision).toBe(2)
    expect(a.status().state).toBe('conflict')
  })
})

describe('autosave unload backup', () => {
  test('unsaved change is restored and saved', async () => {
    const storage = new FakeStorage()
    const backup = new FakeBackup()
    const first = startTab(storage, { backup })
    await first.autosave.start()
    first.editor.rename('saved')
    await vi.advanceTimersByTimeAsync(400)
    first.editor.rename('typed before closing')
    first.autosave.keepUnsaved()
    first.autosave.stop()
    expect(backup.text).not.toBeNull()

    const second = startTab(storage, { backup })
    await second.autosave.start()
    expect(second.editor.project().name).toBe('typed before closing')
    await vi.advanceTimersByTimeAsync(400)
    expect(JSON.parse(storage.record()!.projectText).name).toBe('typed before closing')
    expect(backup.text).toBeNull()
  })

  test('saved project leaves no backup', async () => {
    const storage = new FakeStorage()
    const backup = new FakeBackup()
    const tab = startTab(storage, { backup })
    await tab.autosave.start()
    tab.editor.rename('saved')
    await vi.advanceTimersByTimeAsync(400)
    tab.autosave.keepUnsaved()
    expect(backup.text).toBeNull()
  })

  test('change on an older version is reported', async () => {
    const storage = new FakeStorage()
    const backup = new FakeBackup()
    const first = startTab(storage, { backup, tabId: 'first' })
    await first.autosave.start()
    first.editor.rename('mine, unsaved')
    first.autosave.keepUnsaved()
    first.autosave.stop()
    storage.values.set(AUTOSAVE_KEY, savedRecord({ ...newProject(), name: 'theirs' }))

    const second = startTab(storage, { backup })
    await second.autosave.start()
    expect(second.editor.project().name).toBe('theirs')
    const reported = second.status().unreadable
    expect(reported).toHaveLength(1)
    expect(JSON.parse(reported[0]!.text).name).toBe('mine, unsaved')
  })
})
