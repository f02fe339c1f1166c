import type Konva from 'konva'
import { useMemo, useRef } from 'react'
import { findClip, scenesOf } from '../model/access'
import { moveClips, setClipFields } from '../model/commands'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { clipIdOf, ghostId, type ClipHandlers } from './ClipNode'

type Point = { x: number; y: number }

/** Finds a node by exact id; ids may hold characters that selectors treat specially. */
export function findNode(
  stage: Konva.Stage | null | undefined,
  id: string,
): Konva.Node | undefined {
  return stage?.findOne((node: Konva.Node) => node.id() === id) ?? undefined
}

function currentScene() {
  const state = useEditor.getState()
  return scenesOf(state.project)[state.sceneIndex]
}

/**
 * Builds the handlers for clip nodes. A drag moves the other selected clips along with it, and
 * the faded off-frame copies, by setting node positions directly; the store is written once, when
 * the drag ends, so one drag is one undo step.
 */
export function useClipHandlers(): ClipHandlers {
  const starts = useRef(new Map<string, Point>())

  return useMemo(() => {
    const moveCompanions = (dragged: Konva.Node) => {
      const stage = dragged.getStage()
      const draggedId = clipIdOf(dragged)
      const start = starts.current.get(draggedId)
      if (!start) return
      const dx = dragged.x() - start.x
      const dy = dragged.y() - start.y
      const scene = currentScene()
      for (const [id, origin] of starts.current) {
        const clip = findClip(scene, id)
        const x = clip?.lockMovementX === true ? origin.x : origin.x + dx
        const y = clip?.lockMovementY === true ? origin.y : origin.y + dy
        for (const nodeId of [id, ghostId(id)]) {
          const node = findNode(stage, nodeId)
          if (node && node !== dragged) node.position({ x, y })
        }
      }
    }

    return {
      onMouseDown: (event) => {
        if (event.evt.button !== 0) return
        event.cancelBubble = true
        const id = clipIdOf(event.currentTarget)
        const { selection, select, toggleSelected } = useEditor.getState()
        const additive = event.evt.shiftKey || event.evt.ctrlKey || event.evt.metaKey
        if (additive) toggleSelected(id)
        else if (!selection.includes(id)) select([id])
      },

      onDragStart: (event) => {
        const dragged = event.target
        const draggedId = clipIdOf(dragged)
        const { selection } = useEditor.getState()
        const ids = selection.includes(draggedId) ? selection : [draggedId]
        starts.current.clear()
        const stage = dragged.getStage()
        for (const id of ids) {
          const node = id === draggedId ? dragged : findNode(stage, id)
          if (node) starts.current.set(id, { x: node.x(), y: node.y() })
        }
      },

      onDragMove: (event) => moveCompanions(event.target),

      onDragEnd: (event) => {
        const dragged = event.target
        const draggedId = clipIdOf(dragged)
        const start = starts.current.get(draggedId)
        const ids = new Set(starts.current.keys())
        starts.current.clear()
        if (!start) return
        const dx = dragged.x() - start.x
        const dy = dragged.y() - start.y
        if (dx === 0 && dy === 0) return
        const { apply, sceneIndex } = useEditor.getState()
        if (ids.size === 1) {
          const clip = findClip(currentScene(), draggedId)
          const patch: Record<string, unknown> = {}
          if (clip?.lockMovementX !== true) patch.left = dragged.x()
          if (clip?.lockMovementY !== true) patch.top = dragged.y()
          apply((project) => setClipFields(project, sceneIndex, draggedId, patch))
        } else {
          apply((project) => moveClips(project, sceneIndex, ids, dx, dy))
        }
      },

      onDblClick: (event) => {
        const id = clipIdOf(event.currentTarget)
        if (findClip(currentScene(), id)?.type === 'textImage')
          useView.getState().setEditingText(id)
      },
    }
  }, [])
}
