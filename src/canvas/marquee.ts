import { clipGeometry, clipsOf, scenesOf } from '../model/access'
import { clipBounds, intersects, type Rect } from '../model/geometry'
import { useEditor } from '../store/editor'

/** Selects the visible clips whose drawn bounds touch `box`; with `additive`, adds to the selection. */
export function selectInBox(box: Rect, additive: boolean): void {
  const state = useEditor.getState()
  const touched = clipsOf(scenesOf(state.project)[state.sceneIndex])
    .filter((clip) => clip.type !== 'audio' && state.hidden[clip.id] !== true)
    .filter((clip) => intersects(clipBounds(clipGeometry(clip)), box))
    .map((clip) => clip.id)
  const selection = additive ? [...new Set([...state.selection, ...touched])] : touched
  state.select(selection)
}
