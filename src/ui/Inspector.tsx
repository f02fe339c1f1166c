import { clipGeometry, findClip, finiteOr, scenesOf } from '../model/access'
import { readScript, writeScript } from '../model/speech'
import { SHAPE_NAMES, type Clip } from '../model/types'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { CheckField, ColorField, NumberField, SelectField, TextField } from './fields'

/** Clip types whose request has an `angle` field. */
const HAS_ANGLE = new Set(['shape', 'image', 'textImage'])

function useSelectedClip(): Clip | undefined {
  return useEditor((state) =>
    state.selection.length === 1
      ? findClip(scenesOf(state.project)[state.sceneIndex], state.selection[0] ?? '')
      : undefined,
  )
}

/** Editing form for the selected clip: the same values the canvas edits, plus type-specific fields. */
export function Inspector() {
  const clip = useSelectedClip()
  const count = useEditor((state) => state.selection.length)
  if (!clip) {
    return (
      <section className="panel inspector" aria-label="Inspector">
        <h2>Inspector</h2>
        <p className="hint">
          {count > 1 ? `${count} clips selected.` : 'Select a clip to edit it.'}
        </p>
      </section>
    )
  }
  return (
    <section className="panel inspector" aria-label="Inspector">
      <h2>
        {clip.type} <code>{clip.id}</code>
      </h2>
      <GeometryFields clip={clip} />
      <TypeFields clip={clip} />
      <LockFields clip={clip} />
    </section>
  )
}

/** The stored number as it is, so the field never shows a corrected value that was not saved. */
function raw(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined
}

function useSetFields(id: string) {
  return (patch: Record<string, unknown>) => useEditor.getState().setClipFields(id, patch)
}

function GeometryFields({ clip }: { clip: Clip }) {
  const set = useSetFields(clip.id)
  const geometry = clipGeometry(clip)
  return (
    <div className="field-grid">
      <NumberField label="X" value={raw(clip.left)} onCommit={(left) => set({ left })} />
      <NumberField label="Y" value={raw(clip.top)} onCommit={(top) => set({ top })} />
      <NumberField
        label="Width"
        value={raw(clip.width)}
        min={0}
        onCommit={(width) => set({ width })}
      />
      <NumberField
        label="Height"
        value={raw(clip.height)}
        min={0}
        onCommit={(height) => set({ height })}
      />
      <NumberField
        label="Scale X"
        value={geometry.scaleX}
        step={0.01}
        onCommit={(scaleX) => set({ scaleX })}
      />
      <NumberField
        label="Scale Y"
        value={geometry.scaleY}
        step={0.01}
        onCommit={(scaleY) => set({ scaleY })}
      />
      <NumberField
        label="Layer"
        value={finiteOr(clip.layer, 0)}
        onCommit={(layer) => set({ layer: Math.round(layer) })}
      />
      <NumberField
        label="Opacity"
        value={finiteOr(clip.opacity, 100)}
        min={0}
        max={100}
        onCommit={(opacity) => set({ opacity })}
      />
      {HAS_ANGLE.has(clip.type) && (
        <NumberField label="Rotation" value={geometry.angle} onCommit={(angle) => set({ angle })} />
      )}
    </div>
  )
}

function LockFields({ clip }: { clip: Clip }) {
  const set = useSetFields(clip.id)
  return (
    <fieldset className="locks">
      <legend>Locks</legend>
      <CheckField
        label="Lock horizontal move"
        checked={clip.lockMovementX === true}
        onChange={(value) => set({ lockMovementX: value })}
      />
      <CheckField
        label="Lock vertical move"
        checked={clip.lockMovementY === true}
        onChange={(value) => set({ lockMovementY: value })}
      />
      <CheckField
        label="Lock resize"
        checked={clip.lockScalingX === true && clip.lockScalingY === true}
        onChange={(value) => set({ lockScalingX: value, lockScalingY: value })}
      />
      {HAS_ANGLE.has(clip.type) && (
        <CheckField
          label="Lock rotation"
          checked={clip.lockRotation === true}
          onChange={(value) => set({ lockRotation: value })}
        />
      )}
    </fieldset>
  )
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function TypeFields({ clip }: { clip: Clip }) {
  const set = useSetFields(clip.id)
  switch (clip.type) {
    case 'aiModel':
      return <ScriptField />
    case 'textImage':
      return (
        <div className="field-grid">
          <TextField
            label="Text"
            multiline
            value={text(clip.text)}
            onCommit={(value) => set({ text: value })}
          />
          <NumberField
            label="Font size (pt)"
            value={finiteOr(clip.fontSize, 12)}
            min={1}
            onCommit={(fontSize) => set({ fontSize })}
          />
          <TextField
            label="Font family"
            value={text(clip.fontFamily)}
            onCommit={(fontFamily) => set({ fontFamily })}
          />
          <SelectField
            label="Weight"
            value={String(clip.fontWeight ?? 400)}
            options={['300', '400', '500', '700', '900'].map((value) => ({ value, label: value }))}
            onChange={(value) => set({ fontWeight: Number(value) })}
          />
          <SelectField
            label="Align"
            value={text(clip.align) || 'left'}
            options={['left', 'center', 'right'].map((value) => ({ value, label: value }))}
            onChange={(align) => set({ align })}
          />
          <CheckField
            label="Italic"
            checked={clip.fontStyle === 'italic'}
            onChange={(value) => set({ fontStyle: value ? 'italic' : '' })}
          />
          <CheckField
            label="Underline"
            checked={clip.underline === true}
            onChange={(underline) => set({ underline })}
          />
          <ColorField
            label="Text colour"
            value={text(clip.fill)}
            onCommit={(fill) => set({ fill })}
          />
          <ColorField
            label="Background colour"
            value={text(clip.backgroundColor)}
            onCommit={(backgroundColor) => set({ backgroundColor })}
          />
          <OutlineFields clip={clip} />
        </div>
      )
    case 'shape':
      return (
        <div className="field-grid">
          <SelectField
            label="Shape"
            value={String(clip.shapeName)}
            options={SHAPE_NAMES.map((value) => ({ value, label: value }))}
            onChange={(shapeName) => set({ shapeName })}
          />
          <ColorField
            label="Fill colour"
            value={text(clip.fill)}
            onCommit={(fill) => set({ fill })}
          />
          <OutlineFields clip={clip} />
          <NumberField
            label="Corner radius"
            value={finiteOr(clip.strokeRadius, 0)}
            min={0}
            onCommit={(strokeRadius) => set({ strokeRadius })}
          />
        </div>
      )
    case 'image':
      return (
        <TextField
          label="Image URL"
          value={text(clip.source_url)}
          onCommit={(source_url) => set({ source_url })}
        />
      )
    case 'videoImage':
      return (
        <div className="field-grid">
          <TextField
            label="Video URL"
            value={text(clip.video_url)}
            onCommit={(video_url) => set({ video_url })}
          />
          <TextField
            label="Poster URL"
            value={text(clip.source_url)}
            onCommit={(source_url) => set({ source_url })}
          />
          <NumberField
            label="Volume"
            value={finiteOr(clip.volume, 100)}
            min={0}
            max={100}
            onCommit={(volume) => set({ volume })}
          />
          <PlayButton id={clip.id} />
        </div>
      )
    case 'audio':
      return (
        <div className="field-grid">
          <TextField
            label="Audio URL"
            value={text(clip.source_url)}
            onCommit={(source_url) => set({ source_url })}
          />
          <TextField label="Label" value={text(clip.label)} onCommit={(label) => set({ label })} />
          <NumberField
            label="Volume"
            value={finiteOr(clip.volume, 100)}
            min={0}
            max={100}
            onCommit={(volume) => set({ volume })}
          />
        </div>
      )
    default:
      return null
  }
}

/** Outline colour and width, shared by text and shape clips. */
function OutlineFields({ clip }: { clip: Clip }) {
  const set = useSetFields(clip.id)
  return (
    <>
      <ColorField
        label="Outline colour"
        value={text(clip.stroke)}
        onCommit={(stroke) => set({ stroke })}
      />
      <NumberField
        label="Outline width"
        value={finiteOr(clip.strokeWidth, 0)}
        min={0}
        onCommit={(strokeWidth) => set({ strokeWidth })}
      />
    </>
  )
}

function PlayButton({ id }: { id: string }) {
  const playing = useView((state) => state.playingVideo === id)
  const setPlaying = useView((state) => state.setPlayingVideo)
  return (
    <button type="button" onClick={() => setPlaying(playing ? null : id)}>
      {playing ? 'Pause video' : 'Play video'}
    </button>
  )
}

/** The scene's speech, in whichever format the scene uses. */
function ScriptField() {
  const scene = useEditor((state) => scenesOf(state.project)[state.sceneIndex])
  return (
    <TextField
      label="Script"
      multiline
      value={readScript(scene)}
      onCommit={(value) =>
        useEditor.getState().applyToScene((current) => writeScript(current, value))
      }
    />
  )
}
