import { findClip, scenesOf } from '../model/access'
import { useEditor } from '../store/editor'
import { clipLabel } from './LayersPanel'

/** Announces the selection to screen readers whenever it changes. */
export function SelectionAnnouncer() {
  const message = useEditor((state) => {
    const count = state.selection.length
    if (count === 0) return 'No clip selected'
    if (count > 1) return `${count} clips selected`
    const clip = findClip(scenesOf(state.project)[state.sceneIndex], state.selection[0] ?? '')
    return clip ? `Selected ${clip.type} ${clipLabel(clip)} (${clip.id})` : 'No clip selected'
  })
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="selection-announcer">
      {message}
    </div>
  )
}
