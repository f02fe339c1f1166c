import { createStore, type StoreApi } from 'zustand'

/**
 * The phase of autosave: `idle` before the first change of a project that was never saved,
 * `pending` while a change waits for the debounce, `conflict` while another tab's save waits for
 * the user's choice.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict'

/** A stored record that could not be read and was moved to another key. */
export interface UnreadableProject {
  key: string
  reason: string
  /** The stored value as text, for a download. */
  text: string
}

/** Autosave's state as the UI shows it, and the choices the UI offers. */
export interface AutosaveStatus {
  state: SaveState
  /** ISO 8601 time of the last save or restore. */
  savedAt: string | null
  /** The message naming what failed and what to do, until a save succeeds. */
  failure: string | null
  /** Another tab's save that this tab has not loaded. */
  conflict: { savedAt: string } | null
  unreadable: UnreadableProject[]
  retry: () => void
  loadTheirs: () => void
  keepMine: () => void
  dismissUnreadable: (key: string) => void
}

export function createAutosaveStatus(): StoreApi<AutosaveStatus> {
  return createStore<AutosaveStatus>()((set, get) => ({
    state: 'idle',
    savedAt: null,
    failure: null,
    conflict: null,
    unreadable: [],
    retry: () => {},
    loadTheirs: () => {},
    keepMine: () => {},
    dismissUnreadable: (key) =>
      set({ unreadable: get().unreadable.filter((record) => record.key !== key) }),
  }))
}

/** The status of the page's autosave, which `startAutosave` drives. */
export const autosaveStatus = createAutosaveStatus()

/** Describes a storage error in words, with what the user can do. */
export function failureMessage(action: string, error: unknown): string {
  return (
    `${action}: ${describeCause(error)}. Your work is still open in this tab. ` +
    'Download the Request JSON to keep a copy. Autosave tries again after your next change.'
  )
}

function describeCause(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : ''
  switch (name) {
    case 'QuotaExceededError':
      return "the browser's storage for this site is full"
    case 'SecurityError':
    case 'InvalidStateError':
    case 'NotAllowedError':
      return 'the browser does not allow storage for this page (private browsing can cause this)'
    case 'ReferenceError':
      return 'this browser has no IndexedDB storage'
  }
  return error instanceof Error && error.message !== '' ? error.message : String(error)
}
