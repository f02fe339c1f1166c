import type { StoreApi } from 'zustand'
import { scenesOf } from '../model/access'
import { serializeProject } from '../model/serialize'
import type { Project } from '../model/types'
import { RECORD_VERSION, readStored, storedValueText, type SavedRecord } from './autosaveRecord'
import {
  autosaveStatus,
  createAutosaveStatus,
  failureMessage,
  type AutosaveStatus,
  type UnreadableProject,
} from './autosaveStatus'
import { useEditor } from './editor'
import {
  broadcastChannel,
  indexedDbStorage,
  localStorageBackup,
  type ProjectStorage,
  type TabChannel,
  type UnloadBackup,
  type Writes,
} from './storage'
import { useView } from './view'

/** Storage key of the saved project. Unreadable records move to keys that start with it. */
export const AUTOSAVE_KEY = 'project'

/** Wait after the last change before a save, in milliseconds. */
export const SAVE_DELAY_MS = 400

/**
 * Maximum wait for the saved project when the page opens, in milliseconds. The editor opens
 * after it in any case, so storage that never answers cannot leave the page blank.
 */
export const LOAD_TIMEOUT_MS = 5000

/** Rejects when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the browser's storage did not respond within ${ms / 1000} s`)),
      ms,
    )
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}

/** The editor operations that autosave uses. */
export interface EditorPort {
  read(): { project: Project; sceneIndex: number }
  /** Calls `listener` after each change of the project. */
  subscribe(listener: () => void): () => void
  /** Shows a saved project. Unless `undoable`, it also clears the undo history. */
  restore(project: Project, sceneIndex: number, undoable: boolean): void
}

/** Binds autosave to the editor store. */
export function editorPort(editor = useEditor): EditorPort {
  return {
    read: () => {
      const { project, sceneIndex } = editor.getState()
      return { project, sceneIndex }
    },
    subscribe: (listener) =>
      editor.subscribe((state, previous) => {
        if (state.project !== previous.project) listener()
      }),
    restore: (project, sceneIndex, undoable) => {
      useView.getState().setEditingText(null)
      useView.getState().setPlayingVideo(null)
      editor.setState({ project, sceneIndex, selection: [], hidden: {} })
      if (!undoable) editor.temporal.getState().clear()
    },
  }
}

/** Posted to the other tabs after each save. */
interface SavedMessage {
  type: 'saved'
  tabId: string
  revision: number
  savedAt: string
}

function isSavedMessage(message: unknown): message is SavedMessage {
  const candidate = message as Partial<SavedMessage> | null
  return (
    candidate?.type === 'saved' &&
    typeof candidate.tabId === 'string' &&
    typeof candidate.revision === 'number' &&
    typeof candidate.savedAt === 'string'
  )
}

/** The stored record a tab last loaded or wrote, by writer and revision. */
type Baseline = Pick<SavedRecord, 'tabId' | 'revision'>

/** The unsaved change kept at unload, and the stored version it was made on. */
interface BackupRecord {
  baseTabId: string | null
  baseRevision: number | null
  sceneIndex: number
  projectText: string
}

export interface AutosaveOptions {
  storage: ProjectStorage
  /** Backup for the unsaved change when the page closes; none when omitted. */
  backup?: UnloadBackup
  editor: EditorPort
  channel?: TabChannel | null
  status?: StoreApi<AutosaveStatus>
  tabId?: string
  delayMs?: number
  /** Maximum wait for the saved project at start; defaults to `LOAD_TIMEOUT_MS`. */
  loadTimeoutMs?: number
  now?: () => Date
}

export interface Autosave {
  status: StoreApi<AutosaveStatus>
  /** Restores the saved project, then saves after each change of the project. */
  start(): Promise<void>
  /** Saves a waiting change at once. */
  flush(): Promise<void>
  /** Whether the project in memory is not stored and autosave waits for the user to act. */
  isAtRisk(): boolean
  /** Whether a change waits for its save or is being saved now. */
  isPending(): boolean
  /** Keeps a change that is not saved yet in the unload backup; the next start restores it. */
  keepUnsaved(): void
  stop(): void
}

/**
 * Creates the autosave of one tab. Each save reads the stored record and writes in one
 * transaction, and writes only when the stored record is the one this tab last loaded or wrote.
 * Otherwise another tab has saved since, and autosave pauses until the user loads that version or
 * keeps this one. A stored value that cannot be read is moved to a key of its own and reported.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const { storage, editor, channel = null } = options
  const status = options.status ?? createAutosaveStatus()
  const tabId = options.tabId ?? crypto.randomUUID()
  const delayMs = options.delayMs ?? SAVE_DELAY_MS
  const loadTimeoutMs = options.loadTimeoutMs ?? LOAD_TIMEOUT_MS
  const now = options.now ?? (() => new Date())

  let baseline: Baseline | null = null
  /** The project as last stored or restored, or `null` when that is unknown. */
  let savedProject: Project | null = null
  /** The project shown when autosave started, which a failed load leaves in place. */
  let startProject: Project | null = null
  /** Another tab's record that this tab has not loaded, while the user decides. */
  let conflict: Baseline | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null
  let saveAgain = false
  const cleanups: Array<() => void> = []

  const setStatus = (patch: Partial<AutosaveStatus>) => status.setState(patch)

  function clearTimer() {
    clearTimeout(timer)
    timer = undefined
  }

  function isBaseline(record: Baseline): boolean {
    return baseline?.tabId === record.tabId && baseline.revision === record.revision
  }

  /** Adds the writes that move an unreadable value to a key of its own. */
  function setAside(current: unknown, reason: string, writes: Writes): UnreadableProject {
    const key = `${AUTOSAVE_KEY}:unreadable:${now().toISOString()}:${tabId}`
    writes.set(key, current)
    writes.set(AUTOSAVE_KEY, undefined)
    return { key, reason, text: storedValueText(current) }
  }

  function report(unreadable: UnreadableProject | null) {
    if (unreadable) setStatus({ unreadable: [...status.getState().unreadable, unreadable] })
  }

  /** Reads the stored project, moving an unreadable value aside. */
  async function load() {
    let stored = readStored(undefined)
    let unreadable = null as UnreadableProject | null
    await storage.update(AUTOSAVE_KEY, (current) => {
      const writes: Writes = new Map()
      stored = readStored(current)
      if (stored.kind === 'unreadable') unreadable = setAside(current, stored.reason, writes)
      return writes
    })
    report(unreadable)
    return stored
  }

  function show(record: SavedRecord, project: Project, undoable: boolean) {
    const lastScene = Math.max(0, scenesOf(project).length - 1)
    baseline = { tabId: record.tabId, revision: record.revision }
    savedProject = project
    conflict = null
    editor.restore(project, Math.min(record.sceneIndex, lastScene), undoable)
    setStatus({ state: 'saved', savedAt: record.savedAt, failure: null, conflict: null })
  }

  /** Writes the project unless another tab saved since. Returns the record written or theirs. */
  async function write(project: Project, sceneIndex: number) {
    const projectText = serializeProject(project)
    const savedAt = now().toISOString()
    let written = null as SavedRecord | null
    let theirs = null as SavedRecord | null
    let unreadable = null as UnreadableProject | null

    await storage.update(AUTOSAVE_KEY, (current) => {
      const writes: Writes = new Map()
      const stored = readStored(current)
      let revision = baseline?.revision ?? 0
      if (stored.kind === 'unreadable') {
        unreadable = setAside(current, stored.reason, writes)
      } else if (stored.kind === 'record') {
        if (!isBaseline(stored.record)) {
          theirs = stored.record
          return writes
        }
        revision = stored.record.revision
      }
      written = {
        version: RECORD_VERSION,
        savedAt,
        tabId,
        revision: revision + 1,
        sceneIndex,
        projectText,
      }
      writes.set(AUTOSAVE_KEY, written)
      return writes
    })
    report(unreadable)
    return { written, theirs }
  }

  async function saveOnce() {
    clearTimer()
    if (conflict) return
    const { project, sceneIndex } = editor.read()
    if (project === savedProject) {
      setStatus({ state: 'saved', failure: null })
      return
    }

    setStatus({ state: 'saving' })
    let outcome: Awaited<ReturnType<typeof write>>
    try {
      outcome = await write(project, sceneIndex)
    } catch (error) {
      setStatus({ state: 'failed', failure: failureMessage('Autosave failed', error) })
      return
    }

    const { written, theirs } = outcome
    if (theirs) {
      conflict = { tabId: theirs.tabId, revision: theirs.revision }
      setStatus({ state: 'conflict', conflict: { savedAt: theirs.savedAt }, failure: null })
    } else if (written) {
      baseline = { tabId, revision: written.revision }
      savedProject = project
      options.backup?.clear()
      channel?.post({ type: 'saved', tabId, revision: written.revision, savedAt: written.savedAt })
      const changedSince = editor.read().project !== project
      setStatus({
        state: changedSince ? 'pending' : 'saved',
        savedAt: written.savedAt,
        failure: null,
      })
    }
  }

  /** Saves the current project. A request made during a save queues one more save after it. */
  function save(): Promise<void> {
    if (running) {
      saveAgain = true
      return running
    }
    const run = async () => {
      do {
        saveAgain = false
        await saveOnce()
      } while (saveAgain)
    }
    running = run().finally(() => (running = null))
    return running
  }

  function onProjectChange() {
    if (conflict) return
    clearTimer()
    if (editor.read().project === savedProject) {
      if (!running) setStatus({ state: 'saved', failure: null })
      return
    }
    setStatus({ state: 'pending' })
    timer = setTimeout(() => void save(), delayMs)
  }

  /**
   * Restores the change kept at the last unload when it was made on the version just loaded. It is
   * then saved like any edit, and Undo returns to the saved version. A change made on another
   * version is reported for download instead, so nothing is overwritten or dropped.
   */
  function restoreUnsaved() {
    const text = options.backup?.read()
    if (!text) return
    options.backup?.clear()
    let record: BackupRecord
    let project: Project
    try {
      record = JSON.parse(text) as BackupRecord
      project = JSON.parse(record.projectText) as Project
    } catch {
      return
    }
    const base = baseline ?? { tabId: null, revision: null }
    if (record.baseTabId === base.tabId && record.baseRevision === base.revision) {
      editor.restore(project, record.sceneIndex, true)
      return
    }
    report({
      key: `${AUTOSAVE_KEY}:unsaved:${now().toISOString()}`,
      reason:
        'Changes made just before this project was last closed were based on an older version, so they were not applied.',
      text: record.projectText,
    })
  }

  function onMessage(message: unknown) {
    if (!isSavedMessage(message) || message.tabId === tabId) return
    if (baseline && message.revision <= baseline.revision) return
    clearTimer()
    conflict = { tabId: message.tabId, revision: message.revision }
    setStatus({ state: 'conflict', conflict: { savedAt: message.savedAt } })
  }

  async function loadTheirs() {
    clearTimer()
    let stored: Awaited<ReturnType<typeof load>>
    try {
      stored = await load()
    } catch (error) {
      setStatus({
        state: 'failed',
        failure: failureMessage('Loading the other version failed', error),
      })
      return
    }
    if (stored.kind === 'record') {
      show(stored.record, stored.project, true)
      return
    }
    // The other version is gone or was unreadable and set aside, so this tab's project is saved.
    conflict = null
    savedProject = null
    setStatus({ conflict: null })
    await save()
  }

  function keepMine() {
    if (!conflict) return
    baseline = conflict
    conflict = null
    savedProject = null
    setStatus({ conflict: null })
    void save()
  }

  status.setState({
    retry: () => void save(),
    loadTheirs: () => void loadTheirs(),
    keepMine,
  })

  return {
    status,

    async start() {
      startProject = editor.read().project
      try {
        // A load that arrives after the timeout is not shown, so it cannot replace new edits.
        const stored = await within(load(), loadTimeoutMs)
        if (stored.kind === 'record') show(stored.record, stored.project, false)
        else savedProject = editor.read().project
      } catch (error) {
        // Whatever is stored stays unknown, so the first save checks it like another tab's.
        setStatus({
          state: 'failed',
          failure: failureMessage('Autosave could not read the saved project', error),
        })
      }
      cleanups.push(editor.subscribe(onProjectChange))
      if (channel) cleanups.push(channel.subscribe(onMessage))
      restoreUnsaved()
    },

    flush: () => (timer === undefined ? (running ?? Promise.resolve()) : save()),

    isAtRisk: () => {
      const state = status.getState().state
      const project = editor.read().project
      const unchanged =
        project === savedProject || (savedProject === null && project === startProject)
      return (state === 'failed' || state === 'conflict') && !unchanged
    },

    isPending: () => timer !== undefined || running !== null,

    keepUnsaved() {
      const { project, sceneIndex } = editor.read()
      if (!options.backup || project === savedProject) return
      const record: BackupRecord = {
        baseTabId: baseline?.tabId ?? null,
        baseRevision: baseline?.revision ?? null,
        sceneIndex,
        projectText: serializeProject(project),
      }
      try {
        options.backup.write(JSON.stringify(record))
      } catch {
        // A full or blocked localStorage leaves only the IndexedDB save, which may not finish.
      }
    },

    stop() {
      clearTimer()
      for (const cleanup of cleanups.splice(0)) cleanup()
    },
  }
}

let pageAutosave: Autosave | null = null

/**
 * Starts the page's autosave on IndexedDB: restores the saved project, then saves after each
 * change and when the page is hidden. Resolves once the restore is done, and never rejects.
 */
export async function startAutosave(): Promise<void> {
  if (pageAutosave) return
  const autosave = createAutosave({
    storage: indexedDbStorage(),
    backup: localStorageBackup('scene-editor:unsaved'),
    editor: editorPort(),
    channel: broadcastChannel('scene-editor:autosave'),
    status: autosaveStatus,
  })
  pageAutosave = autosave

  window.addEventListener('pagehide', () => {
    if (autosave.isPending()) autosave.keepUnsaved()
    void autosave.flush()
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosave.flush()
  })
  // Asks before the page closes while changes cannot be saved. A change still waiting for its save
  // is kept in the unload backup, which the next start restores, and its save starts as well.
  window.addEventListener('beforeunload', (event) => {
    // A field that commits on blur still contains its typing; blurring it commits the change first.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    if (autosave.isPending()) {
      autosave.keepUnsaved()
      void autosave.flush()
    }
    if (autosave.isAtRisk()) event.preventDefault()
  })
  await autosave.start()
}
