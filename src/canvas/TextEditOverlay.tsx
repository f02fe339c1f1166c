import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { clipGeometry, findClip, scenesOf } from '../model/access'
import { setClipFields } from '../model/commands'
import type { TextClip } from '../model/types'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { fontFamilyList, PIXELS_PER_POINT } from './clips/TextContent'

/** A textarea over a text clip for editing its text in place; Escape cancels, blur commits. */
export function TextEditOverlay() {
  const id = useView((state) => state.editingText)
  const viewport = useView((state) => state.viewport)
  const clip = useEditor((state) =>
    id ? findClip(scenesOf(state.project)[state.sceneIndex], id) : undefined,
  )
  if (!id || clip?.type !== 'textImage') return null
  return (
    <TextEditor
      key={id}
      clip={clip}
      scale={viewport.scale}
      offsetX={viewport.x}
      offsetY={viewport.y}
    />
  )
}

function TextEditor({
  clip,
  scale,
  offsetX,
  offsetY,
}: {
  clip: TextClip
  scale: number
  offsetX: number
  offsetY: number
}) {
  const [text, setText] = useState(typeof clip.text === 'string' ? clip.text : '')
  const ref = useRef<HTMLTextAreaElement>(null)
  const done = useRef(false)
  const geometry = clipGeometry(clip)

  useEffect(() => {
    ref.current?.focus()
    ref.current?.select()
  }, [])

  const finish = (commit: boolean) => {
    if (done.current) return
    done.current = true
    if (commit) {
      const { apply, sceneIndex } = useEditor.getState()
      apply((project) => setClipFields(project, sceneIndex, clip.id, { text }))
    }
    useView.getState().setEditingText(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation()
    if (event.key === 'Escape') finish(false)
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) finish(true)
  }

  return (
    <textarea
      ref={ref}
      aria-label="Edit text in place"
      className="text-edit-overlay"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={onKeyDown}
      style={{
        left: offsetX + geometry.left * scale,
        top: offsetY + geometry.top * scale,
        width: geometry.width * geometry.scaleX * scale,
        height: geometry.height * geometry.scaleY * scale,
        fontSize:
          (typeof clip.fontSize === 'number' ? clip.fontSize : 12) *
          PIXELS_PER_POINT *
          geometry.scaleY *
          scale,
        fontFamily: fontFamilyList(clip.fontFamily),
        color: typeof clip.fill === 'string' ? clip.fill : '#000',
        textAlign: clip.align === 'center' || clip.align === 'right' ? clip.align : 'left',
        transform: `rotate(${geometry.angle}deg)`,
      }}
    />
  )
}
