import { clipGeometry, clipsOf, finiteOr, scenesOf } from './access'
import { updateClips } from './commands'
import type { Size } from './frame'
import { clipBounds, type Rect } from './geometry'
import type { Clip, Project } from './types'

export type AlignEdge = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom'

export function unionBounds(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map((rect) => rect.x))
  const top = Math.min(...rects.map((rect) => rect.y))
  const right = Math.max(...rects.map((rect) => rect.x + rect.width))
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

function selectedClips(project: Project, sceneIndex: number, ids: ReadonlySet<string>): Clip[] {
  return clipsOf(scenesOf(project)[sceneIndex]).filter(
    (clip) => ids.has(clip.id) && clip.type !== 'audio',
  )
}

/** Moves clips by per-clip offsets, honouring `lockMovementX`/`lockMovementY`. */
function moveEach(
  project: Project,
  sceneIndex: number,
  offsets: Map<string, { dx: number; dy: number }>,
): Project {
  return updateClips(project, sceneIndex, new Set(offsets.keys()), (clip) => {
    const offset = offsets.get(clip.id)
    if (!offset) return clip
    const dx = clip.lockMovementX === true ? 0 : offset.dx
    const dy = clip.lockMovementY === true ? 0 : offset.dy
    if (dx === 0 && dy === 0) return clip
    const next = { ...clip }
    if (dx !== 0) next.left = finiteOr(clip.left, 0) + dx
    if (dy !== 0) next.top = finiteOr(clip.top, 0) + dy
    return next
  })
}

/**
 * Aligns the drawn bounds of clips: one clip to the frame, several to the bounds of the selection.
 */
export function alignClips(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
  edge: AlignEdge,
  frame: Size,
): Project {
  const clips = selectedClips(project, sceneIndex, ids)
  if (clips.length === 0) return project
  const bounds = clips.map((clip) => clipBounds(clipGeometry(clip)))
  const target = clips.length === 1 ? { x: 0, y: 0, ...frame } : unionBounds(bounds)
  const offsets = new Map<string, { dx: number; dy: number }>()
  clips.forEach((clip, index) => {
    const box = bounds[index] as Rect
    const offset = { dx: 0, dy: 0 }
    if (edge === 'left') offset.dx = target.x - box.x
    if (edge === 'center') offset.dx = target.x + target.width / 2 - (box.x + box.width / 2)
    if (edge === 'right') offset.dx = target.x + target.width - (box.x + box.width)
    if (edge === 'top') offset.dy = target.y - box.y
    if (edge === 'middle') offset.dy = target.y + target.height / 2 - (box.y + box.height / 2)
    if (edge === 'bottom') offset.dy = target.y + target.height - (box.y + box.height)
    offsets.set(clip.id, offset)
  })
  return moveEach(project, sceneIndex, offsets)
}

/**
 * Spaces three or more clips evenly along an axis: the outermost stay, and the gaps between
 * neighbouring bounds become equal.
 */
export function distributeClips(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
  axis: 'x' | 'y',
): Project {
  const clips = selectedClips(project, sceneIndex, ids)
  if (clips.length < 3) return project
  const start = (rect: Rect) => (axis === 'x' ? rect.x : rect.y)
  const size = (rect: Rect) => (axis === 'x' ? rect.width : rect.height)
  const entries = clips
    .map((clip) => ({ clip, box: clipBounds(clipGeometry(clip)) }))
    .sort((a, b) => start(a.box) + size(a.box) / 2 - (start(b.box) + size(b.box) / 2))
  const first = entries[0]!.box
  const last = entries[entries.length - 1]!.box
  const span = start(last) + size(last) - start(first)
  const gap =
    (span - entries.reduce((sum, entry) => sum + size(entry.box), 0)) / (entries.length - 1)
  const offsets = new Map<string, { dx: number; dy: number }>()
  let position = start(first)
  for (const entry of entries) {
    const delta = position - start(entry.box)
    offsets.set(entry.clip.id, axis === 'x' ? { dx: delta, dy: 0 } : { dx: 0, dy: delta })
    position += size(entry.box) + gap
  }
  return moveEach(project, sceneIndex, offsets)
}
