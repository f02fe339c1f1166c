import { clipGeometry, clipsOf, scenesOf } from '../model/access'
import { frameSize, orientationOf, type Size } from '../model/frame'
import { clipBounds, type Rect } from '../model/geometry'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'

/** On-screen distance, in CSS pixels, within which a drag or resize snaps. */
const SNAP_DISTANCE = 6

export interface SnapContext {
  frame: Size
  /** Bounds of the clips that do not move, in frame pixels. */
  targets: Rect[]
  /** Snap distance in frame pixels at the current zoom. */
  threshold: number
}

/** Collects what a gesture on `movingIds` can snap to, once at the start of the gesture. */
export function snapContext(movingIds: ReadonlySet<string>): SnapContext | null {
  const view = useView.getState()
  if (!view.snapping) return null
  const state = useEditor.getState()
  const targets = clipsOf(scenesOf(state.project)[state.sceneIndex])
    .filter(
      (clip) => !movingIds.has(clip.id) && clip.type !== 'audio' && state.hidden[clip.id] !== true,
    )
    .map((clip) => clipBounds(clipGeometry(clip)))
  return {
    frame: frameSize(orientationOf(state.project)),
    targets,
    threshold: SNAP_DISTANCE / view.viewport.scale,
  }
}
