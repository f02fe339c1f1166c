import { useSyncExternalStore } from 'react'

export type AssetState =
  | { status: 'loading' }
  | { status: 'loaded'; image: HTMLImageElement }
  | { status: 'failed'; reason: string }

interface Entry {
  state: AssetState
  listeners: Set<() => void>
}

const LOADING: AssetState = { status: 'loading' }
const NONE: AssetState = { status: 'failed', reason: 'No image address is set.' }
const cache = new Map<string, Entry>()

/**
 * Loads an image once per URL and shares it between clips and scenes. Images are loaded without
 * CORS, so remote pictures display even where their host sends no CORS headers.
 */
function load(url: string): Entry {
  const existing = cache.get(url)
  if (existing) return existing
  const entry: Entry = { state: LOADING, listeners: new Set() }
  cache.set(url, entry)
  const image = new Image()
  const settle = (state: AssetState) => {
    entry.state = state
    for (const listener of entry.listeners) listener()
  }
  image.onload = () => settle({ status: 'loaded', image })
  image.onerror = () =>
    settle({ status: 'failed', reason: `Could not load ${url.split('/').pop() ?? url}` })
  image.src = url
  return entry
}

/** Returns the load state of the image at `url`, re-rendering when it settles. */
export function useImageAsset(url: string | undefined): AssetState {
  return useSyncExternalStore(
    (listener) => {
      if (!url) return () => {}
      const entry = load(url)
      entry.listeners.add(listener)
      return () => entry.listeners.delete(listener)
    },
    () => (url ? load(url).state : NONE),
  )
}
