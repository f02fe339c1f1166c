import { useState, type DragEvent } from 'react'
import { clipsOf, scenesOf } from '../model/access'
import { frameSize, orientationOf } from '../model/frame'
import type { AudioClip } from '../model/types'
import { useEditor } from '../store/editor'
import { SceneThumbnail } from './SceneThumbnail'

/** Scenes in play order with live thumbnails; drag to reorder. */
export function ScenesPanel() {
  const project = useEditor((state) => state.project)
  const current = useEditor((state) => state.sceneIndex)
  const scenes = scenesOf(project)
  const frame = frameSize(orientationOf(project))
  const [dragged, setDragged] = useState<number | null>(null)
  const editor = useEditor.getState

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault()
    if (dragged !== null && dragged !== index) editor().moveScene(dragged, index)
    setDragged(null)
  }
  const onDelete = () => {
    if (scenes.length <= 1) return
    if (window.confirm(`Delete scene ${current + 1} and its clips? Undo brings it back.`))
      editor().deleteScene(current)
  }

  return (
    <section className="panel scenes-panel" aria-label="Scenes panel">
      <h2>Scenes</h2>
      <div className="button-row">
        <button type="button" onClick={() => editor().addScene()}>
          Add scene
        </button>
        <button
          type="button"
          onClick={() => editor().duplicateScene()}
          disabled={scenes.length === 0}
        >
          Duplicate scene
        </button>
        <button type="button" onClick={onDelete} disabled={scenes.length <= 1}>
          Delete scene
        </button>
        <button
          type="button"
          onClick={() => editor().moveScene(current, current - 1)}
          disabled={current <= 0}
        >
          Move scene up
        </button>
        <button
          type="button"
          onClick={() => editor().moveScene(current, current + 1)}
          disabled={current >= scenes.length - 1}
        >
          Move scene down
        </button>
      </div>
      <ul aria-label="Scenes" className="scene-list">
        {scenes.map((scene, index) => (
          <li
            key={index}
            aria-label={`Scene ${index + 1}`}
            aria-current={index === current ? 'true' : undefined}
            className={index === current ? 'scene-item current' : 'scene-item'}
            tabIndex={0}
            draggable
            onClick={() => editor().selectScene(index)}
            onKeyDown={(event) =>
              (event.key === 'Enter' || event.key === ' ') && editor().selectScene(index)
            }
            onDragStart={() => setDragged(index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => onDrop(event, index)}
          >
            <span className="scene-number">{index + 1}</span>
            <SceneThumbnail scene={scene} frame={frame} />
          </li>
        ))}
      </ul>
      <AudioList />
    </section>
  )
}

/** The current scene's audio clips, which have no place on the canvas. */
function AudioList() {
  const scene = useEditor((state) => scenesOf(state.project)[state.sceneIndex])
  const audio = clipsOf(scene).filter((clip): clip is AudioClip => clip.type === 'audio')
  if (audio.length === 0) return null
  return (
    <div className="audio-list">
      <h3>Audio in this scene</h3>
      <ul aria-label="Audio clips">
        {audio.map((clip) => (
          <li key={clip.id}>
            <button
              type="button"
              className="link"
              onClick={() => useEditor.getState().select([clip.id])}
            >
              {String(clip.label)}
            </button>
            <span className="hint"> volume {String(clip.volume ?? 100)}</span>
            <audio
              controls
              preload="none"
              src={String(clip.source_url)}
              aria-label={`Play ${String(clip.label)}`}
            />
          </li>
        ))}
      </ul>
    </div>
  )
}
