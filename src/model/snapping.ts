import type { Size } from './frame'
import type { Rect } from './geometry'

/** A line the dragged box lines up with, drawn while the snap applies. Positions in frame pixels. */
export interface Guide {
  orientation: 'vertical' | 'horizontal'
  /** x of a vertical guide, y of a horizontal one. */
  position: number
  /** Extent along the guide. */
  from: number
  to: number
}

export interface SnapResult {
  /** The snapped box's left edge, or undefined where nothing snaps across x. */
  x?: number
  /** The snapped box's top edge, or undefined where nothing snaps across y. */
  y?: number
  guides: Guide[]
}

interface Candidate {
  offset: number
  /** The box's start after snapping, computed from the target so that an edge lands exactly. */
  start: number
  guides: Guide[]
}

/** Edges and centres of a box along one axis: start, middle, end. */
function stops(start: number, size: number): number[] {
  return [start, start + size / 2, start + size]
}

function verticalGuide(x: number, boxes: Rect[]): Guide {
  const top = Math.min(...boxes.map((box) => box.y))
  const bottom = Math.max(...boxes.map((box) => box.y + box.height))
  return { orientation: 'vertical', position: x, from: top, to: bottom }
}

function horizontalGuide(y: number, boxes: Rect[]): Guide {
  const left = Math.min(...boxes.map((box) => box.x))
  const right = Math.max(...boxes.map((box) => box.x + box.width))
  return { orientation: 'horizontal', position: y, from: left, to: right }
}

/** The closest alignment of the moving box's edges or centre with a target's, within `threshold`. */
function alignAxis(
  moving: Rect,
  targets: Rect[],
  frame: Size,
  axis: 'x' | 'y',
  threshold: number,
): Candidate | undefined {
  const start = axis === 'x' ? moving.x : moving.y
  const size = axis === 'x' ? moving.width : moving.height
  const frameRect: Rect = { x: 0, y: 0, width: frame.width, height: frame.height }
  let best: Candidate | undefined
  for (const target of [frameRect, ...targets]) {
    const targetStops =
      axis === 'x' ? stops(target.x, target.width) : stops(target.y, target.height)
    for (const ownOffset of [0, size / 2, size]) {
      const own = start + ownOffset
      for (const stop of targetStops) {
        const offset = stop - own
        if (Math.abs(offset) > threshold) continue
        if (best && Math.abs(offset) > Math.abs(best.offset)) continue
        const shifted =
          axis === 'x' ? { ...moving, x: moving.x + offset } : { ...moving, y: moving.y + offset }
        const guide =
          axis === 'x'
            ? verticalGuide(stop, [shifted, target])
            : horizontalGuide(stop, [shifted, target])
        if (best && Math.abs(offset) === Math.abs(best.offset) && best.offset === offset)
          best.guides.push(guide)
        else best = { offset, start: stop - ownOffset, guides: [guide] }
      }
    }
  }
  return best
}

function overlapsAcross(a: Rect, b: Rect, axis: 'x' | 'y'): boolean {
  return axis === 'x'
    ? a.y < b.y + b.height && b.y < a.y + a.height
    : a.x < b.x + b.width && b.x < a.x + a.width
}

/**
 * Equal spacing: places the moving box midway between its nearest neighbours on each side along
 * `axis`, among boxes that overlap it across that axis, when that is within `threshold`.
 */
function spaceAxis(
  moving: Rect,
  targets: Rect[],
  axis: 'x' | 'y',
  threshold: number,
): Candidate | undefined {
  const start = axis === 'x' ? moving.x : moving.y
  const size = axis === 'x' ? moving.width : moving.height
  const end = start + size
  const beginOf = (box: Rect) => (axis === 'x' ? box.x : box.y)
  const endOf = (box: Rect) => (axis === 'x' ? box.x + box.width : box.y + box.height)
  const inLine = targets.filter((box) => overlapsAcross(moving, box, axis))
  const before = inLine
    .filter((box) => endOf(box) <= start + threshold)
    .sort((a, b) => endOf(b) - endOf(a))[0]
  const after = inLine
    .filter((box) => beginOf(box) >= end - threshold)
    .sort((a, b) => beginOf(a) - beginOf(b))[0]
  if (!before || !after) return undefined
  const gap = (beginOf(after) - endOf(before) - size) / 2
  if (gap < 0) return undefined
  const offset = endOf(before) + gap - start
  if (Math.abs(offset) > threshold) return undefined
  const across = axis === 'x' ? moving.y + moving.height / 2 : moving.x + moving.width / 2
  const spans: Guide[] = [
    { from: endOf(before), to: endOf(before) + gap },
    { from: start + offset + size, to: beginOf(after) },
  ].map((span) => ({
    orientation: axis === 'x' ? 'horizontal' : 'vertical',
    position: across,
    ...span,
  }))
  return { offset, start: endOf(before) + gap, guides: spans }
}

function closest(...candidates: Array<Candidate | undefined>): Candidate | undefined {
  return candidates
    .filter((candidate): candidate is Candidate => candidate !== undefined)
    .sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset))[0]
}

/**
 * Snaps a moving box to the frame's edges and centre lines, to other boxes' edges and centres, and
 * to equal spacing between neighbours. Returns the offset to apply and the guides to draw.
 * `threshold` is in frame pixels.
 */
export function snapMove(
  moving: Rect,
  targets: Rect[],
  frame: Size,
  threshold: number,
): SnapResult {
  const x = closest(
    alignAxis(moving, targets, frame, 'x', threshold),
    spaceAxis(moving, targets, 'x', threshold),
  )
  const y = closest(
    alignAxis(moving, targets, frame, 'y', threshold),
    spaceAxis(moving, targets, 'y', threshold),
  )
  return {
    x: x?.start,
    y: y?.start,
    guides: [...(x?.guides ?? []), ...(y?.guides ?? [])],
  }
}

/** Snaps one point, such as a resize handle, to the frame's and other boxes' edges and centres. */
export function snapPoint(
  point: { x: number; y: number },
  targets: Rect[],
  frame: Size,
  threshold: number,
): SnapResult {
  const box: Rect = { x: point.x, y: point.y, width: 0, height: 0 }
  const x = alignAxis(box, targets, frame, 'x', threshold)
  const y = alignAxis(box, targets, frame, 'y', threshold)
  return {
    x: x?.start,
    y: y?.start,
    guides: [...(x?.guides ?? []), ...(y?.guides ?? [])],
  }
}
