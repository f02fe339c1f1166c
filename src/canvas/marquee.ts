import { clipGeometry, clipsOf, isLocked, scenesOf } from '../model/access'
import { clipBounds, intersects, type Rect } from '../model/geometry'
import { useEditor } from '../store/editor'

/**
 * Selects the visible, unlocked clips whose drawn bounds touch `box`. With `additive`, it adds them
 * to the selection.
 */
export function selectInBox(box: Rect, additive: boolean): void {
  const state = useEditor.getState()
  const touched = clipsOf(scenesOf(state.project)[state.sceneIndex])
    .filter((clip) => clip.type !== 'audio' && state.hidden[clip.id] !== true && !isLocked(clip))
    .filter((clip) => intersects(clipBounds(clipGeometry(clip)), box))
    .map((clip) => clip.id)
  const selection = additive ? [...new Set([...state.selection, ...touched])] : touched
  state.select(selection)
}
