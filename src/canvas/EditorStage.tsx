import type Konva from 'konva'
import { useEffect, useRef, type MouseEvent as ReactMouseEvent } from 'react'
import { Layer, Rect, Stage } from 'react-konva'
import { frameSize, orientationOf } from '../model/frame'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { ClipHandlersContext, clipIdOf } from './ClipNode'
import { Guides } from './Guides'
import { selectInBox } from './marquee'
import { SceneView, SelectedGhosts } from './SceneView'
import { SelectionTransformer } from './SelectionTransformer'
import { TextEditOverlay } from './TextEditOverlay'
import { useClipHandlers } from './useClipHandlers'

const WHEEL_ZOOM_STEP = 1.1

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** Holds whether Space is down, for panning with Space and drag. */
function useSpaceHeld() {
  const held = useRef(false)
  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (event.code === 'Space' && !isTyping(event.target)) {
        held.current = true
        event.preventDefault()
      }
    }
    const up = (event: KeyboardEvent) => {
      if (event.code === 'Space') held.current = false
    }
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
    }
  }, [])
  return held
}

/** On-screen size, in CSS pixels, below which a press on empty canvas is a click, not a box. */
const MARQUEE_MIN = 3

/** Draws a selection box from a press on empty canvas and selects the clips it touches on release. */
function startMarquee(element: HTMLElement, down: MouseEvent): void {
  const toFrame = (event: MouseEvent) => {
    const bounds = element.getBoundingClientRect()
    const { viewport } = useView.getState()
    return {
      x: (event.clientX - bounds.left - viewport.x) / viewport.scale,
      y: (event.clientY - bounds.top - viewport.y) / viewport.scale,
    }
  }
  const origin = toFrame(down)
  const additive = down.shiftKey || down.ctrlKey || down.metaKey
  const boxTo = (event: MouseEvent) => {
    const point = toFrame(event)
    return {
      x: Math.min(origin.x, point.x),
      y: Math.min(origin.y, point.y),
      width: Math.abs(point.x - origin.x),
      height: Math.abs(point.y - origin.y),
    }
  }
  const move = (event: MouseEvent) => useView.getState().setMarquee(boxTo(event))
  const up = (event: MouseEvent) => {
    window.removeEventListener('mousemove', move)
    window.removeEventListener('mouseup', up)
    useView.getState().setMarquee(null)
    const box = boxTo(event)
    const scale = useView.getState().viewport.scale
    if (Math.max(box.width, box.height) * scale >= MARQUEE_MIN) selectInBox(box, additive)
  }
  window.addEventListener('mousemove', move)
  window.addEventListener('mouseup', up)
}

/**
 * The canvas: the current scene's frame at true proportions, fitted to the space available, with
 * zoom about the pointer (Ctrl/Cmd + wheel) and pan (wheel, Space + drag or the middle button).
 */
export function EditorStage() {
  const container = useRef<HTMLDivElement>(null)
  const orientation = useEditor((state) => orientationOf(state.project))
  const frame = frameSize(orientation)
  const size = useView((state) => state.container)
  const viewport = useView((state) => state.viewport)
  const handlers = useClipHandlers()
  const spaceHeld = useSpaceHeld()

  useEffect(() => {
    const element = container.current
    if (!element) return
    const measure = () =>
      useView
        .getState()
        .setSizes(
          { width: element.clientWidth, height: element.clientHeight },
          frameSize(orientation),
        )
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [orientation])

  useEffect(() => {
    const fonts = document.fonts
    const loaded = () => useView.getState().fontsLoaded()
    fonts.addEventListener('loadingdone', loaded)
    void fonts.ready.then(loaded)
    return () => fonts.removeEventListener('loadingdone', loaded)
  }, [])

  const onWheel = (event: Konva.KonvaEventObject<WheelEvent>) => {
    event.evt.preventDefault()
    const view = useView.getState()
    if (event.evt.ctrlKey || event.evt.metaKey) {
      const pointer = event.target.getStage()?.getPointerPosition() ?? undefined
      view.zoomBy(event.evt.deltaY < 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP, pointer)
    } else {
      view.panBy(-event.evt.deltaX, -event.evt.deltaY)
    }
  }

  const onPanStart = (event: ReactMouseEvent) => {
    if (event.button !== 1 && !(event.button === 0 && spaceHeld.current)) return
    event.preventDefault()
    event.stopPropagation()
    const move = (moveEvent: MouseEvent) =>
      useView.getState().panBy(moveEvent.movementX, moveEvent.movementY)
    const end = () => {
      window.removeEventListener('mousemove', move)
      window.removeEventListener('mouseup', end)
    }
    window.addEventListener('mousemove', move)
    window.addEventListener('mouseup', end)
  }

  const onStageMouseDown = (event: Konva.KonvaEventObject<MouseEvent>) => {
    const target = event.target
    const onEmpty = target === target.getStage() || target.name() === 'background'
    if (!onEmpty || event.evt.button !== 0) return
    if (!event.evt.shiftKey) useEditor.getState().select([])
    const element = container.current
    if (element) startMarquee(element, event.evt)
  }

  const onContextMenu = (event: Konva.KonvaEventObject<PointerEvent>) => {
    event.evt.preventDefault()
    const clipNode = event.target.findAncestor('.clip', true)
    if (clipNode) {
      const id = clipIdOf(clipNode)
      if (!useEditor.getState().selection.includes(id)) useEditor.getState().select([id])
    }
    useView.getState().setPanel({ menuX: event.evt.clientX, menuY: event.evt.clientY })
  }

  return (
    <div
      ref={container}
      className="stage-container"
      data-testid="stage-container"
      onMouseDownCapture={onPanStart}
    >
      <Stage
        width={size.width}
        height={size.height}
        scaleX={viewport.scale}
        scaleY={viewport.scale}
        x={viewport.x}
        y={viewport.y}
        onWheel={onWheel}
        onMouseDown={onStageMouseDown}
        onContextMenu={onContextMenu}
      >
        <ClipHandlersContext.Provider value={handlers}>
          <Layer name="ghosts">
            <SelectedGhosts />
          </Layer>
          <Layer name="scene">
            <SceneView frame={frame} />
          </Layer>
          <Layer name="overlay">
            <Rect
              width={frame.width}
              height={frame.height}
              stroke="#0f172a"
              strokeWidth={1}
              strokeScaleEnabled={false}
              listening={false}
            />
            <Guides />
            <SelectionTransformer />
          </Layer>
        </ClipHandlersContext.Provider>
      </Stage>
      <TextEditOverlay />
    </div>
  )
}
