import { useState, type DragEvent } from 'react'
import { clipsOf, drawOrder, isLocked, scenesOf } from '../model/access'
import { reorderLayers } from '../model/commands'
import type { Clip } from '../model/types'
import { useEditor } from '../store/editor'

/** A short label for a clip: its tag, its text, or its file name. */
export function clipLabel(clip: Clip): string {
  if (typeof clip.tag === 'string' && clip.tag !== '') return clip.tag
  if (clip.type === 'textImage' && typeof clip.text === 'string') return clip.text.slice(0, 40)
  if (clip.type === 'audio' && typeof clip.label === 'string') return clip.label
  const url =
    clip.type === 'videoImage'
      ? clip.video_url
      : clip.type === 'aiModel'
        ? clip.model?.ai_name
        : clip.type === 'image'
          ? clip.source_url
          : clip.type === 'shape'
            ? clip.shapeName
            : ''
  return typeof url === 'string' ? (url.split('/').pop() ?? url) : ''
}

/** The current scene's clips, topmost first. Drag to reorder, which rewrites `layer`. */
export function LayersPanel() {
  const scene = useEditor((state) => scenesOf(state.project)[state.sceneIndex])
  const selection = useEditor((state) => state.selection)
  const hidden = useEditor((state) => state.hidden)
  const topFirst = drawOrder(clipsOf(scene)).reverse()
  const [dragged, setDragged] = useState<string | null>(null)

  const onDrop = (event: DragEvent, targetId: string) => {
    event.preventDefault()
    if (!dragged || dragged === targetId) return
    const ids = topFirst.map((clip) => clip.id).filter((id) => id !== dragged)
    ids.splice(ids.indexOf(targetId), 0, dragged)
    const { apply, sceneIndex } = useEditor.getState()
    apply((project) => reorderLayers(project, sceneIndex, ids.reverse()))
    setDragged(null)
  }

  const select = (id: string, additive: boolean) => {
    const state = useEditor.getState()
    if (additive) state.toggleSelected(id)
    else state.select([id])
  }

  return (
    <section className="panel layers-panel" aria-label="Layers panel">
      <h2>Layers</h2>
      <ul aria-label="Layers" className="layer-list">
        {topFirst.map((clip) => {
          const locked = isLocked(clip)
          return (
            <li
              key={clip.id}
              aria-label={`${clip.type} ${clipLabel(clip)} ${clip.id}`}
              aria-selected={selection.includes(clip.id)}
              className={selection.includes(clip.id) ? 'layer-item selected' : 'layer-item'}
              tabIndex={0}
              draggable
              onClick={(event) => select(clip.id, event.shiftKey || event.ctrlKey || event.metaKey)}
              onKeyDown={(event) => event.key === 'Enter' && select(clip.id, false)}
              onDragStart={() => setDragged(clip.id)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, clip.id)}
            >
              <span className="layer-type">{clip.type}</span>
              <span className="layer-label">{clipLabel(clip)}</span>
              <code className="layer-id">{clip.id}</code>
              <button
                type="button"
                className="icon"
                aria-pressed={hidden[clip.id] === true}
                aria-label={`Hide ${clip.id} while editing`}
                onClick={(event) => {
                  event.stopPropagation()
                  useEditor.getState().toggleHidden(clip.id)
                }}
              >
                {hidden[clip.id] ? 'Show' : 'Hide'}
              </button>
              <button
                type="button"
                className="icon"
                aria-pressed={locked}
                aria-label={`Lock ${clip.id}`}
                onClick={(event) => {
                  event.stopPropagation()
                  const value = !locked
                  useEditor.getState().setClipFields(clip.id, {
                    lockMovementX: value,
                    lockMovementY: value,
                    lockScalingX: value,
                    lockScalingY: value,
                  })
                }}
              >
                {locked ? 'Unlock' : 'Lock'}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
