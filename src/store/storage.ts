import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval'

/** Values to store, by key. A value of `undefined` deletes its key. */
export type Writes = Map<string, unknown>

/** Key-value storage for autosave. The browser's IndexedDB is the only implementation in use. */
export interface ProjectStorage {
  /** Reads the value under `key`, or `undefined` when there is none. */
  get(key: string): Promise<unknown>
  /**
   * Reads the value under `key` and applies the writes that `change` returns for it in the same
   * transaction, so no other tab can write in between. Rejects with the error that `change` throws
   * or that the transaction failed with, such as a QuotaExceededError, and then writes nothing.
   */
  update(key: string, change: (current: unknown) => Writes): Promise<void>
}

/** Messages between tabs of this origin. */
export interface TabChannel {
  post(message: unknown): void
  /** Calls `listener` with each message that another tab posts, until the returned function runs. */
  subscribe(listener: (message: unknown) => void): () => void
}

/**
 * Opens autosave's IndexedDB storage. Nothing is opened until the first call, and an IndexedDB
 * that is missing or blocked (as in some private browsing modes) makes each call reject.
 */
export function indexedDbStorage(
  databaseName = 'scene-editor',
  storeName = 'autosave',
): ProjectStorage {
  let store: UseStore | undefined
  const useStore: UseStore = (mode, callback) => {
    store ??= createStore(databaseName, storeName)
    return store(mode, callback)
  }

  return {
    get: (key) => attempt(() => get(key, useStore)),
    update: (key, change) =>
      attempt(() => useStore('readwrite', (objects) => updateInTransaction(objects, key, change))),
  }
}

function updateInTransaction(
  objects: IDBObjectStore,
  key: string,
  change: (current: unknown) => Writes,
): Promise<void> {
  const transaction = objects.transaction
  const committed = promisifyRequest(transaction)
  let failure: unknown

  // Writes are issued in the read's success handler, as idb-keyval's own `update` does, because
  // some older browsers commit the transaction before a promise callback runs.
  const read = objects.get(key)
  read.onsuccess = () => {
    try {
      for (const [name, value] of change(read.result)) {
        if (value === undefined) objects.delete(name)
        else objects.put(value, name)
      }
    } catch (error) {
      failure = error
      transaction.abort()
    }
  }

  return committed.then(
    () => undefined,
    (error: unknown) => {
      throw failure ?? error ?? new Error('The IndexedDB transaction was aborted.')
    },
  )
}

/** Runs `operation`, turning a synchronous throw (such as a missing `indexedDB`) into a rejection. */
function attempt<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return operation()
  } catch (error) {
    return Promise.reject(error)
  }
}

/** Opens a BroadcastChannel, or returns `null` in a browser without one. */
export function broadcastChannel(name: string): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(name)
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent) => listener(event.data)
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
  }
}

/**
 * Synchronous storage for the last unsaved change when the page closes. IndexedDB cannot finish a
 * save once the page is unloading, but a synchronous write (localStorage) completes at once.
 */
export interface UnloadBackup {
  read(): string | null
  write(text: string): void
  clear(): void
}

/**
 * Keeps one text in localStorage under `key`, for the change that is not saved when the page
 * closes. Every call fails quietly where localStorage is blocked or full.
 */
export function localStorageBackup(key: string): UnloadBackup {
  return {
    read: () => {
      try {
        return localStorage.getItem(key)
      } catch {
        return null
      }
    },
    write: (text) => localStorage.setItem(key, text),
    clear: () => {
      try {
        localStorage.removeItem(key)
      } catch {
        // Blocked storage holds nothing to clear.
      }
    },
  }
}
