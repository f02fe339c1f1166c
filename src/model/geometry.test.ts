import { describe, expect, test } from 'vitest'
import { clipGeometry, drawOrder, type Geometry } from './access'
import { frameSize } from './frame'
import { clipBounds, intersects, isOutsideFrame, type Rect } from './geometry'
import type { Clip } from './types'

const LANDSCAPE = frameSize('landscape')
const PORTRAIT = frameSize('portrait')

function geometry(overrides: Partial<Geometry> = {}): Geometry {
  return {
    left: 100,
    top: 50,
    width: 200,
    height: 100,
    scaleX: 1,
    scaleY: 1,
    angle: 0,
    opacity: 1,
    ...overrides,
  }
}

function expectRect(actual: Rect, expected: Rect): void {
  expect(actual.x).toBeCloseTo(expected.x, 9)
  expect(actual.y).toBeCloseTo(expected.y, 9)
  expect(actual.width).toBeCloseTo(expected.width, 9)
  expect(actual.height).toBeCloseTo(expected.height, 9)
}

describe('clipBounds', () => {
  test('unrotated clip', () => {
    expect(clipBounds(geometry())).toEqual({ x: 100, y: 50, width: 200, height: 100 })
  })

  test('applies scale', () => {
    const bounds = clipBounds(geometry({ scaleX: 2, scaleY: 0.5 }))
    expect(bounds).toEqual({ x: 100, y: 50, width: 400, height: 50 })
  })

  test('90 degrees about top-left', () => {
    expectRect(clipBounds(geometry({ angle: 90 })), { x: 0, y: 50, width: 100, height: 200 })
  })

  test('180 degrees about top-left', () => {
    expectRect(clipBounds(geometry({ angle: 180 })), { x: -100, y: -50, width: 200, height: 100 })
  })

  test('-90 degrees about top-left', () => {
    expectRect(clipBounds(geometry({ angle: -90 })), { x: 100, y: -150, width: 100, height: 200 })
  })

  test('45 degrees grows box', () => {
    const half = Math.SQRT1_2
    const bounds = clipBounds(geometry({ width: 100, height: 100, angle: 45 }))
    expectRect(bounds, { x: 100 - 100 * half, y: 50, width: 200 * half, height: 200 * half })
  })

  test('360 degrees equals unrotated', () => {
    expectRect(clipBounds(geometry({ angle: 360 })), clipBounds(geometry()))
  })

  test('rotation with scale', () => {
    const bounds = clipBounds(geometry({ scaleX: 2, angle: 90 }))
    expectRect(bounds, { x: 0, y: 50, width: 100, height: 400 })
  })
})

describe('isOutsideFrame', () => {
  test('inside landscape', () => {
    expect(isOutsideFrame(geometry(), LANDSCAPE)).toBe(false)
  })

  test('touching right edge is outside', () => {
    expect(isOutsideFrame(geometry({ left: 1920 }), LANDSCAPE)).toBe(true)
  })

  test('one pixel inside right edge', () => {
    expect(isOutsideFrame(geometry({ left: 1919 }), LANDSCAPE)).toBe(false)
  })

  test('above the frame', () => {
    expect(isOutsideFrame(geometry({ top: -100 }), LANDSCAPE)).toBe(true)
  })

  test('left of the frame', () => {
    expect(isOutsideFrame(geometry({ left: -250 }), LANDSCAPE)).toBe(true)
  })

  test('x 1500 by orientation', () => {
    expect(isOutsideFrame(geometry({ left: 1500 }), LANDSCAPE)).toBe(false)
    expect(isOutsideFrame(geometry({ left: 1500 }), PORTRAIT)).toBe(true)
  })

  test('y 1500 by orientation', () => {
    expect(isOutsideFrame(geometry({ top: 1500 }), LANDSCAPE)).toBe(true)
    expect(isOutsideFrame(geometry({ top: 1500 }), PORTRAIT)).toBe(false)
  })

  test('rotation brings clip inside', () => {
    const clip = geometry({ left: 2000, top: 100, angle: 180 })
    expect(isOutsideFrame(clip, LANDSCAPE)).toBe(false)
  })

  test('rotation takes clip outside', () => {
    const clip = geometry({ left: 0, top: 100, angle: 180 })
    expect(isOutsideFrame(clip, LANDSCAPE)).toBe(true)
  })

  test('zero size is never outside', () => {
    expect(isOutsideFrame(geometry({ left: 5000, width: 0 }), LANDSCAPE)).toBe(false)
  })

  test('covering the frame is inside', () => {
    const clip = geometry({ left: -100, top: -100, width: 5000, height: 5000 })
    expect(isOutsideFrame(clip, LANDSCAPE)).toBe(false)
  })
})

describe('intersects', () => {
  test('shared edge does not intersect', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 }
    expect(intersects(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
  })

  test('overlap intersects', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 }
    expect(intersects(a, { x: 9, y: 9, width: 10, height: 10 })).toBe(true)
  })
})

describe('frameSize', () => {
  test('landscape is 1920 by 1080', () => {
    expect(LANDSCAPE).toEqual({ width: 1920, height: 1080 })
  })

  test('portrait is 1080 by 1920', () => {
    expect(PORTRAIT).toEqual({ width: 1080, height: 1920 })
  })
})

describe('clipGeometry', () => {
  test('defaults for missing fields', () => {
    const clip = { id: 'a', type: 'shape', layer: 0 } as unknown as Clip
    expect(clipGeometry(clip)).toEqual({
      left: 0,
      top: 0,
      width: 0,
      height: 0,
      scaleX: 1,
      scaleY: 1,
      angle: 0,
      opacity: 1,
    })
  })

  test('opacity percent to fraction', () => {
    const clip = { id: 'a', type: 'shape', layer: 0, opacity: 80 } as unknown as Clip
    expect(clipGeometry(clip).opacity).toBe(0.8)
  })

  test('invalid values fall back', () => {
    const clip = { left: '5', width: -3, scaleX: Number.NaN, opacity: 400 } as unknown as Clip
    const result = clipGeometry(clip)
    expect(result.left).toBe(0)
    expect(result.width).toBe(0)
    expect(result.scaleX).toBe(1)
    expect(result.opacity).toBe(1)
  })
})

describe('drawOrder', () => {
  function clip(id: string, layer: unknown): Clip {
    return { id, layer } as unknown as Clip
  }

  test('sorts by layer', () => {
    const order = drawOrder([clip('a', 3), clip('b', 1), clip('c', 2)])
    expect(order.map((item) => item.id)).toEqual(['b', 'c', 'a'])
  })

  test('ties keep array order', () => {
    const order = drawOrder([clip('a', 1), clip('b', 0), clip('c', 1)])
    expect(order.map((item) => item.id)).toEqual(['b', 'a', 'c'])
  })

  test('invalid layer counts as 0', () => {
    const order = drawOrder([clip('a', 1), clip('b', 'x')])
    expect(order.map((item) => item.id)).toEqual(['b', 'a'])
  })
})
