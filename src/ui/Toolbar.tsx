import { useState } from 'react'
import { newShapeClip, newTextClip } from '../model/factory'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { AddClipDialog, type MediaKind } from './AddClipDialog'
import { AvatarPicker } from './AvatarPicker'
import { command } from './commands'
import { placeInView } from './placement'

type Dialog = MediaKind | 'avatar' | null

function CommandButton({ id }: { id: string }) {
  const found = command(id)
  return (
    <button type="button" onClick={found.run} title={found.keys.join(', ')}>
      {found.label}
    </button>
  )
}

function SnappingToggle() {
  const snapping = useView((state) => state.snapping)
  return (
    <button
      type="button"
      aria-pressed={snapping}
      onClick={() => useView.getState().toggleSnapping()}
      title="Snap to the frame and other clips; hold Alt while dragging to suspend"
    >
      Snapping
    </button>
  )
}

/** Adds clips of each type and runs the selection commands. */
export function Toolbar() {
  const [dialog, setDialog] = useState<Dialog>(null)
  const add = useEditor((state) => state.addClip)
  return (
    <div className="toolbar" role="toolbar" aria-label="Clips">
      <button type="button" onClick={() => setDialog('avatar')}>
        Add avatar
      </button>
      <button type="button" onClick={() => add(newTextClip(placeInView(900, 120, 1)))}>
        Add text
      </button>
      <button type="button" onClick={() => add(newShapeClip(placeInView(300, 300)))}>
        Add shape
      </button>
      <button type="button" onClick={() => setDialog('image')}>
        Add image
      </button>
      <button type="button" onClick={() => setDialog('video')}>
        Add video
      </button>
      <button type="button" onClick={() => setDialog('audio')}>
        Add audio
      </button>
      <span className="separator" />
      <CommandButton id="delete" />
      <CommandButton id="duplicate" />
      <CommandButton id="bringForward" />
      <CommandButton id="sendBackward" />
      <span className="separator" />
      <details className="toolbar-menu">
        <summary>Arrange</summary>
        <div className="toolbar-menu-items">
          <CommandButton id="alignLeft" />
          <CommandButton id="alignCenter" />
          <CommandButton id="alignRight" />
          <CommandButton id="alignTop" />
          <CommandButton id="alignMiddle" />
          <CommandButton id="alignBottom" />
          <CommandButton id="distributeX" />
          <CommandButton id="distributeY" />
        </div>
      </details>
      <SnappingToggle />
      <span className="separator" />
      <CommandButton id="zoomOut" />
      <CommandButton id="zoomIn" />
      <CommandButton id="zoomToFit" />
      {dialog === 'avatar' && <AvatarPicker onClose={() => setDialog(null)} />}
      {(dialog === 'image' || dialog === 'video' || dialog === 'audio') && (
        <AddClipDialog kind={dialog} onClose={() => setDialog(null)} />
      )}
    </div>
  )
}
