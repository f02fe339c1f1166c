import type { StateCreator } from 'zustand'
import type { EditorState } from './editor'

/** Editor-only state: never exported and never undone. */
export interface SelectionSlice {
  sceneIndex: number
  /** Ids of the selected clips in the current scene. */
  selection: string[]
  /** Clips hidden while editing, by id. Hidden clips are still exported. */
  hidden: Record<string, true>
  selectScene: (index: number) => void
  select: (ids: string[]) => void
  toggleSelected: (id: string) => void
  toggleHidden: (id: string) => void
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (
  set,
  get,
) => ({
  sceneIndex: 0,
  selection: [],
  hidden: {},

  selectScene: (index) => {
    if (index !== get().sceneIndex) set({ sceneIndex: index, selection: [] })
  },

  select: (ids) => set({ selection: ids }),

  toggleSelected: (id) => {
    const selection = get().selection
    set({
      selection: selection.includes(id)
        ? selection.filter((item) => item !== id)
        : [...selection, id],
    })
  },

  toggleHidden: (id) => {
    const hidden = { ...get().hidden }
    if (hidden[id]) delete hidden[id]
    else hidden[id] = true
    set({ hidden })
  },
})
