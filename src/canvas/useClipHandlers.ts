import type Konva from 'konva'
import { useMemo, useRef } from 'react'
import { clipGeometry, findClip, scenesOf } from '../model/access'
import { unionBounds } from '../model/align'
import { moveClips, setClipFields } from '../model/commands'
import { clipBounds, type Rect } from '../model/geometry'
import { snapMove } from '../model/snapping'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { clipIdOf, ghostId, type ClipHandlers } from './ClipNode'
import { snapContext, type SnapContext } from './snapTargets'

type Point = { x: number; y: number }

/** Finds a node by exact id; ids may hold characters that selectors treat specially. */
export function findNode(
  stage: Konva.Stage | null | undefined,
  id: string,
): Konva.Node | undefined {
  return stage?.findOne((node: Konva.Node) => node.id() === id) ?? undefined
}

/**
 * Snaps the dragged node so the moving bounds line up with a target. The snapped box position
 * comes from the target itself, so a clip edge lands exactly on the target's edge.
 */
function snapDragged(dragged: Konva.Node, drag: DragStart, enabled: boolean): void {
  const view = useView.getState()
  const start = drag.positions.get(clipIdOf(dragged))
  if (!enabled || !drag.snap || !drag.bounds || !start) {
    view.setGuides([])
    return
  }
  const dx = dragged.x() - start.x
  const dy = dragged.y() - start.y
  const moving = { ...drag.bounds, x: drag.bounds.x + dx, y: drag.bounds.y + dy }
  const snapped = snapMove(moving, drag.snap.targets, drag.snap.frame, drag.snap.threshold)
  const clip = findClip(currentScene(), clipIdOf(dragged))
  const x =
    snapped.x !== undefined && clip?.lockMovementX !== true
      ? snapped.x - (drag.bounds.x - start.x)
      : dragged.x()
  const y =
    snapped.y !== undefined && clip?.lockMovementY !== true
      ? snapped.y - (drag.bounds.y - start.y)
      : dragged.y()
  dragged.position({ x, y })
  view.setGuides(snapped.guides)
}

function currentScene() {
  const state = useEditor.getState()
  return scenesOf(state.project)[state.sceneIndex]
}

/** State recorded when a drag starts: node positions, the moving bounds and the snap targets. */
interface DragStart {
  positions: Map<string, Point>
  bounds: Rect | null
  snap: SnapContext | null
}

/**
 * Builds the handlers for clip nodes. A drag moves the other selected clips, and the faded
 * off-frame copies, by setting node positions directly. The store is written once, when the drag
 * ends, so one drag is one undo step. Unless Alt is held, the dragged bounds snap to the frame, to
 * other clips and to equal spacing.
 */
export function useClipHandlers(): ClipHandlers {
  const drag = useRef<DragStart>({ positions: new Map(), bounds: null, snap: null })

  return useMemo(() => {
    const moveCompanions = (dragged: Konva.Node) => {
      const stage = dragged.getStage()
      const draggedId = clipIdOf(dragged)
      const start = drag.current.positions.get(draggedId)
      if (!start) return
      const dx = dragged.x() - start.x
      const dy = dragged.y() - start.y
      const scene = currentScene()
      for (const [id, origin] of drag.current.positions) {
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
        drag.current.positions.clear()
        const stage = dragged.getStage()
        for (const id of ids) {
          const node = id === draggedId ? dragged : findNode(stage, id)
          if (node) drag.current.positions.set(id, { x: node.x(), y: node.y() })
        }
        const scene = currentScene()
        const moving = ids.map((id) => findClip(scene, id)).filter((clip) => clip !== undefined)
        drag.current.bounds =
          moving.length > 0
            ? unionBounds(moving.map((clip) => clipBounds(clipGeometry(clip))))
            : null
        drag.current.snap = snapContext(new Set(ids))
      },

      onDragMove: (event) => {
        const dragged = event.target
        snapDragged(dragged, drag.current, !(event.evt as MouseEvent).altKey)
        moveCompanions(dragged)
      },

      onDragEnd: (event) => {
        const dragged = event.target
        const draggedId = clipIdOf(dragged)
        const start = drag.current.positions.get(draggedId)
        const ids = new Set(drag.current.positions.keys())
        drag.current.positions.clear()
        useView.getState().setGuides([])
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
