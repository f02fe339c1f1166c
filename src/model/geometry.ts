import type { Geometry } from './access'
import type { Size } from './frame'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Axis-aligned bounds of a clip as drawn, rotation about its top-left corner included. */
export function clipBounds(geometry: Geometry): Rect {
  const width = geometry.width * geometry.scaleX
  const height = geometry.height * geometry.scaleY
  const radians = (geometry.angle * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  const xs = [0, width * cos, -height * sin, width * cos - height * sin]
  const ys = [0, width * sin, height * cos, width * sin + height * cos]
  const minX = Math.min(...xs)
  const minY = Math.min(...ys)
  return {
    x: geometry.left + minX,
    y: geometry.top + minY,
    width: Math.max(...xs) - minX,
    height: Math.max(...ys) - minY,
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Whether no part of the clip is inside the frame, so none of it is in the video. */
export function isOutsideFrame(geometry: Geometry, frame: Size): boolean {
  const bounds = clipBounds(geometry)
  if (bounds.width === 0 || bounds.height === 0) return false
  return !intersects(bounds, { x: 0, y: 0, width: frame.width, height: frame.height })
}
