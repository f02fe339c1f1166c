import type { Size } from '../model/frame'

/** Stage transform: frame pixels times `scale`, then offset by (x, y) screen pixels. */
export interface Viewport {
  scale: number
  x: number
  y: number
}

export const MIN_ZOOM = 0.05
export const MAX_ZOOM = 8
const FIT_MARGIN = 32

/** Fits the frame inside the container with a margin, centred. */
export function fitViewport(container: Size, frame: Size): Viewport {
  const width = Math.max(1, container.width - FIT_MARGIN * 2)
  const height = Math.max(1, container.height - FIT_MARGIN * 2)
  const scale = Math.min(width / frame.width, height / frame.height)
  return {
    scale,
    x: (container.width - frame.width * scale) / 2,
    y: (container.height - frame.height * scale) / 2,
  }
}

/** Zooms by `factor` keeping the frame point under `pointer` (screen pixels) in place. */
export function zoomAt(
  view: Viewport,
  factor: number,
  pointer: { x: number; y: number },
): Viewport {
  const scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.scale * factor))
  const frameX = (pointer.x - view.x) / view.scale
  const frameY = (pointer.y - view.y) / view.scale
  return { scale, x: pointer.x - frameX * scale, y: pointer.y - frameY * scale }
}

/** Resolves a relative asset URL against the AI Studios host used for the preview. */
export function resolveAssetUrl(url: string, host: string): string {
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url
  if (!url.startsWith('/')) return url
  return host.replace(/\/+$/, '') + url
}
