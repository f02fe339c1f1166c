import type { ShapeName } from '../model/types'

/** The part of CanvasRenderingContext2D (and Konva's Context) that shape outlines use. */
export interface PathContext {
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  closePath(): void
  ellipse(
    x: number,
    y: number,
    rx: number,
    ry: number,
    rotation: number,
    start: number,
    end: number,
  ): void
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void
}

type Point = readonly [number, number]

/** Returns the points of a regular polygon inscribed in the box, from `startDegrees` (0 is up). */
function regularPolygon(sides: number, width: number, height: number, startDegrees = 0): Point[] {
  const points: Point[] = []
  for (let i = 0; i < sides; i++) {
    const angle = ((startDegrees + (360 * i) / sides) * Math.PI) / 180
    points.push([
      width / 2 + (Math.sin(angle) * width) / 2,
      height / 2 - (Math.cos(angle) * height) / 2,
    ])
  }
  return points
}

function star(width: number, height: number, points = 5, inner = 0.4): Point[] {
  const outline: Point[] = []
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? 1 : inner
    const angle = (Math.PI * i) / points
    outline.push([
      width / 2 + (Math.sin(angle) * radius * width) / 2,
      height / 2 - (Math.cos(angle) * radius * height) / 2,
    ])
  }
  return outline
}

/** Returns the outline of an arrow pointing right, or both ways with `double`; a head takes up to half the box width. */
function arrow(width: number, height: number, double: boolean): Point[] {
  const head = Math.min(height, width / (double ? 3 : 2))
  const shaftTop = height * 0.3
  const shaftBottom = height * 0.7
  const right: Point[] = [
    [width - head, shaftTop],
    [width - head, 0],
    [width, height / 2],
    [width - head, height],
    [width - head, shaftBottom],
  ]
  if (!double) return [[0, shaftTop], ...right, [0, shaftBottom]]
  return [
    [head, shaftTop],
    ...right,
    [head, shaftBottom],
    [head, height],
    [0, height / 2],
    [head, 0],
  ]
}

function polygonPoints(name: ShapeName, width: number, height: number): Point[] | undefined {
  switch (name) {
    case 'Triangle':
      return [
        [width / 2, 0],
        [width, height],
        [0, height],
      ]
    case 'Diamond':
      return [
        [width / 2, 0],
        [width, height / 2],
        [width / 2, height],
        [0, height / 2],
      ]
    case 'Parallelogram':
      return [
        [width * 0.25, 0],
        [width, 0],
        [width * 0.75, height],
        [0, height],
      ]
    case 'Pentagon':
      return regularPolygon(5, width, height)
    case 'Hexagon_1':
      return regularPolygon(6, width, height, 30)
    case 'Hexagon_2':
      return regularPolygon(6, width, height)
    case 'Polygon':
      return regularPolygon(8, width, height, 22.5)
    case 'Star':
      return star(width, height)
    case 'Arrow_1_v2':
      return arrow(width, height, false)
    case 'Arrow_2_v2':
      return arrow(width, height, true)
    default:
      return undefined
  }
}

function roundedRect(context: PathContext, width: number, height: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2))
  context.moveTo(r, 0)
  context.arcTo(width, 0, width, height, r)
  context.arcTo(width, height, 0, height, r)
  context.arcTo(0, height, 0, 0, r)
  context.arcTo(0, 0, width, 0, r)
  context.closePath()
}

/**
 * Traces the outline of an API shape filling a `width` x `height` box. `radius` rounds the
 * rectangle's corners (`strokeRadius`). Unknown names trace a rectangle.
 */
export function traceShape(
  context: PathContext,
  name: string,
  width: number,
  height: number,
  radius = 0,
): void {
  context.beginPath()
  const points = polygonPoints(name as ShapeName, width, height)
  if (points) {
    points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)))
    context.closePath()
    return
  }
  switch (name) {
    case 'Circle':
    case 'Oval_1':
      context.ellipse(width / 2, height / 2, width / 2, height / 2, 0, 0, Math.PI * 2)
      context.closePath()
      return
    case 'Oval_2':
      roundedRect(context, width, height, Math.min(width, height) / 2)
      return
    case 'Drop_1':
      context.moveTo(width / 2, 0)
      context.bezierCurveTo(width * 0.55, height * 0.25, width, height * 0.45, width, height * 0.68)
      context.bezierCurveTo(width, height * 0.88, width * 0.77, height, width / 2, height)
      context.bezierCurveTo(width * 0.23, height, 0, height * 0.88, 0, height * 0.68)
      context.bezierCurveTo(0, height * 0.45, width * 0.45, height * 0.25, width / 2, 0)
      context.closePath()
      return
    default:
      roundedRect(context, width, height, radius)
  }
}
