import { temporal } from 'zundo'
import { create } from 'zustand'
import { createDocumentSlice, type DocumentSlice } from './documentSlice'
import { createSelectionSlice, type SelectionSlice } from './selectionSlice'

export type EditorState = DocumentSlice & SelectionSlice

/** Steps kept for undo. */
export const HISTORY_LIMIT = 500

/**
 * The editor's one store. History records the project and the scene that was current. A new step
 * is taken only when the project object changes, so selection and scene switches are not undoable,
 * while undo still returns to the scene where a change was made.
 */
export const useEditor = create<EditorState>()(
  temporal(
    (...args) => ({
      ...createDocumentSlice(...args),
      ...createSelectionSlice(...args),
    }),
    {
      partialize: (state) => ({ project: state.project, sceneIndex: state.sceneIndex }),
      equality: (past, current) => past.project === current.project,
      limit: HISTORY_LIMIT,
    },
  ),
)

export const undo = () => useEditor.temporal.getState().undo()
export const redo = () => useEditor.temporal.getState().redo()
