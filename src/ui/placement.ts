import { clipsOf, scenesOf } from '../model/access'
import { nextLayer } from '../model/commands'
import { frameSize, orientationOf } from '../model/frame'
import type { Placement } from '../model/factory'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'

/**
 * Places a new clip of the given natural size in view: centred on the visible part of the frame,
 * scaled down to fit within `maxShare` of the frame.
 */
export function placeInView(width: number, height: number, maxShare = 0.5): Placement {
  const state = useEditor.getState()
  const frame = frameSize(orientationOf(state.project))
  const { container, viewport } = useView.getState()
  const scale = Math.min(
    1,
    (frame.width * maxShare) / Math.max(1, width),
    (frame.height * maxShare) / Math.max(1, height),
  )
  const centerX = clamp((container.width / 2 - viewport.x) / viewport.scale, 0, frame.width)
  const centerY = clamp((container.height / 2 - viewport.y) / viewport.scale, 0, frame.height)
  const scene = scenesOf(state.project)[state.sceneIndex]
  const offset = (clipsOf(scene).length % 5) * 20
  return {
    left: round(centerX - (width * scale) / 2 + offset),
    top: round(centerY - (height * scale) / 2 + offset),
    layer: nextLayer(scene),
    width,
    height,
    scale: round(scale, 1000),
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

function round(value: number, precision = 10): number {
  return Math.round(value * precision) / precision
}
