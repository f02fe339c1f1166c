import { useEffect, useRef, useState } from 'react'
import { newShapeClip, newTextClip } from '../model/factory'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { AddClipDialog, type MediaKind } from './AddClipDialog'
import { AvatarPicker } from './AvatarPicker'
import { ARRANGE_COMMANDS, command, displayKeys } from './commands'
import { placeInView } from './placement'

type Dialog = MediaKind | 'avatar' | null

function CommandButton({ id, onRun, role }: { id: string; onRun?: () => void; role?: 'menuitem' }) {
  const found = command(id)
  const count = useEditor((state) => state.selection.length)
  return (
    <button
      type="button"
      role={role}
      onClick={() => {
        found.run()
        onRun?.()
      }}
      title={found.keys.length > 0 ? displayKeys(found.keys) : undefined}
      disabled={count < (found.minSelection ?? 0)}
    >
      {found.label}
    </button>
  )
}

/** Align and distribute commands in a popup that closes after a choice, on Escape or outside. */
function ArrangeMenu() {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus()
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [open])
  return (
    <div
      className="toolbar-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        event.stopPropagation()
        setOpen(false)
      }}
    >
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Arrange
      </button>
      {open && (
        <div role="menu" aria-label="Arrange" className="toolbar-menu-items">
          {ARRANGE_COMMANDS.map((id) => (
            <CommandButton key={id} id={id} role="menuitem" onRun={() => setOpen(false)} />
          ))}
        </div>
      )}
    </div>
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
      <ArrangeMenu />
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
