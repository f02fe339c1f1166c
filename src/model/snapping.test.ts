import { describe, expect, test } from 'vitest'
import { snapMove, snapPoint } from './snapping'

const FRAME = { width: 1920, height: 1080 }

describe('snapMove', () => {
  test('left edge to another right edge', () => {
    const target = { x: 100, y: 100, width: 200, height: 100 }
    const moving = { x: 303.5, y: 400, width: 50, height: 50 }
    const result = snapMove(moving, [target], FRAME, 6)
    expect(result.x).toBe(300)
    expect(
      result.guides.some((guide) => guide.orientation === 'vertical' && guide.position === 300),
    ).toBe(true)
  })

  test('right edge lands exactly on the frame edge', () => {
    const moving = { x: 1919.2, y: 500.3, width: 0.1 + 0.2, height: 10 }
    const result = snapMove(moving, [], FRAME, 6)
    expect(result.x! + moving.width).toBeCloseTo(1920, 9)
  })

  test('centre to the frame centre lines', () => {
    const moving = { x: 908, y: 488, width: 100, height: 100 }
    const result = snapMove(moving, [], FRAME, 6)
    expect(result.x).toBe(910)
    expect(result.y).toBe(490)
  })

  test('nothing within the threshold', () => {
    const moving = { x: 700, y: 300, width: 100, height: 100 }
    const result = snapMove(moving, [{ x: 0 + 50, y: 700, width: 20, height: 20 }], FRAME, 6)
    expect(result.x).toBeUndefined()
    expect(result.y).toBeUndefined()
    expect(result.guides).toEqual([])
  })

  test('closest of several targets wins', () => {
    const moving = { x: 504, y: 700, width: 40, height: 40 }
    const near = { x: 505, y: 100, width: 10, height: 10 }
    const far = { x: 500, y: 200, width: 10, height: 10 }
    expect(snapMove(moving, [far, near], FRAME, 6).x).toBe(505)
  })

  test('equal spacing between neighbours', () => {
    const left = { x: 100, y: 500, width: 100, height: 100 }
    const right = { x: 500, y: 500, width: 100, height: 100 }
    const moving = { x: 297, y: 560, width: 100, height: 20 }
    const result = snapMove(moving, [left, right], FRAME, 6)
    expect(result.x).toBe(300)
    expect(result.guides.filter((guide) => guide.orientation === 'horizontal')).toHaveLength(2)
  })
})

describe('snapPoint', () => {
  test('resize handle to a clip edge', () => {
    const result = snapPoint(
      { x: 597, y: 300 },
      [{ x: 400, y: 200, width: 200, height: 50 }],
      FRAME,
      6,
    )
    expect(result.x).toBe(600)
    expect(result.y).toBeUndefined()
  })
})
