import type { StateCreator } from 'zustand'
import { clipsOf, scenesOf } from '../model/access'
import * as commands from '../model/commands'
import { newProject } from '../model/factory'
import { parseRequestText, type Notice, type SyntaxProblem } from '../model/parse'
import { validateProject } from '../model/validate'
import type { Clip, Project, Scene } from '../model/types'
import type { EditorState } from './editor'

export type ImportOutcome = { ok: true; notices: Notice[] } | { ok: false; error: SyntaxProblem }

/** The request being edited and the commands that change it. Every change is one undo step. */
export interface DocumentSlice {
  project: Project
  /** Replaces the project with pasted or opened text; a failed import changes nothing. */
  importText: (text: string) => ImportOutcome
  /** Applies a pure model command to the whole project. */
  apply: (change: (project: Project) => Project) => void
  /** Applies a change to the current scene. */
  applyToScene: (change: (scene: Scene) => Scene) => void
  setClipFields: (id: string, patch: Record<string, unknown>) => void
  addClip: (clip: Clip) => void
  deleteSelection: () => void
  duplicateSelection: () => void
  nudgeSelection: (dx: number, dy: number) => void
  shiftSelectionLayer: (direction: 1 | -1) => void
  /** Clips copied or cut, kept with every field so they can be pasted into any scene. */
  clipboard: { clips: Clip[]; sceneIndex: number } | null
  copySelection: () => void
  cutSelection: () => void
  paste: () => void
  addScene: () => void
  duplicateScene: () => void
  deleteScene: (index: number) => void
  moveScene: (from: number, to: number) => void
}

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set, get) => {
  const selectedIds = () => new Set(get().selection)
  const applyAndSelect = (project: Project, selection?: string[]) =>
    set(selection ? { project, selection } : { project })

  return {
    project: newProject(),

    importText: (text) => {
      const parsed = parseRequestText(text)
      if (!parsed.ok) return parsed
      const problems = validateProject(parsed.value)
      if (problems.some((problem) => problem.path === '(root)')) {
        return {
          ok: false,
          error: { message: problems[0]?.message ?? 'The request is not an object.' },
        }
      }
      set({ project: parsed.value as Project, sceneIndex: 0, selection: [], hidden: {} })
      return { ok: true, notices: parsed.notices }
    },

    apply: (change) => {
      const project = change(get().project)
      if (project !== get().project) set({ project })
    },

    applyToScene: (change) =>
      get().apply((project) => commands.updateScene(project, get().sceneIndex, change)),

    setClipFields: (id, patch) =>
      get().apply((project) => commands.setClipFields(project, get().sceneIndex, id, patch)),

    addClip: (clip) => {
      applyAndSelect(commands.addClip(get().project, get().sceneIndex, clip), [clip.id])
    },

    deleteSelection: () => {
      const ids = selectedIds()
      if (ids.size === 0) return
      applyAndSelect(commands.removeClips(get().project, get().sceneIndex, ids), [])
    },

    duplicateSelection: () => {
      const ids = selectedIds()
      if (ids.size === 0) return
      const result = commands.duplicateClips(get().project, get().sceneIndex, ids)
      applyAndSelect(result.project, result.ids)
    },

    nudgeSelection: (dx, dy) => {
      const ids = selectedIds()
      if (ids.size > 0)
        get().apply((project) => commands.moveClips(project, get().sceneIndex, ids, dx, dy))
    },

    shiftSelectionLayer: (direction) => {
      const ids = selectedIds()
      if (ids.size > 0)
        get().apply((project) => commands.shiftLayer(project, get().sceneIndex, ids, direction))
    },

    clipboard: null,

    copySelection: () => {
      const ids = selectedIds()
      const clips = currentClips(get()).filter((clip) => ids.has(clip.id))
      if (clips.length > 0)
        set({ clipboard: { clips: structuredClone(clips), sceneIndex: get().sceneIndex } })
    },

    cutSelection: () => {
      get().copySelection()
      get().deleteSelection()
    },

    paste: () => {
      const clipboard = get().clipboard
      if (!clipboard) return
      const { sceneIndex, project } = get()
      // Copies land where the originals were, unless a clip of the same type is already there,
      // as after a paste into the same scene or a second paste, when they step 20 px down and right.
      const covered = currentClips(get()).some((clip) =>
        clipboard.clips.some(
          (item) => item.type === clip.type && item.left === clip.left && item.top === clip.top,
        ),
      )
      const result = commands.pasteClips(project, sceneIndex, clipboard.clips, covered ? 20 : 0)
      const pasted = new Set(result.ids)
      const copies = clipsOf(scenesOf(result.project)[sceneIndex]).filter((clip) =>
        pasted.has(clip.id),
      )
      // The next paste steps on from these copies, so repeated pastes fan out.
      set({
        project: result.project,
        selection: result.ids,
        clipboard: { clips: structuredClone(copies), sceneIndex },
      })
    },

    addScene: () => {
      const project = commands.addScene(get().project)
      set({ project, sceneIndex: scenesOf(project).length - 1, selection: [] })
    },

    duplicateScene: () => {
      const result = commands.duplicateScene(get().project, get().sceneIndex)
      set({ project: result.project, sceneIndex: result.index, selection: [] })
    },

    deleteScene: (index) => {
      const project = commands.removeScene(get().project, index)
      const count = scenesOf(project).length
      set({
        project,
        sceneIndex: Math.max(0, Math.min(get().sceneIndex, count - 1)),
        selection: [],
      })
    },

    moveScene: (from, to) => {
      const project = commands.moveScene(get().project, from, to)
      set({ project, sceneIndex: to })
    },
  }
}

/** The clips of the current scene. */
export function currentClips(state: EditorState): Clip[] {
  return clipsOf(scenesOf(state.project)[state.sceneIndex])
}
