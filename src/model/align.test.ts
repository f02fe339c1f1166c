import { describe, expect, test } from 'vitest'
import { clipsOf, scenesOf } from './access'
import { alignClips, distributeClips } from './align'
import { newProject, newShapeClip } from './factory'
import { addClip } from './commands'
import type { Project } from './types'

const FRAME = { width: 1920, height: 1080 }

function projectWith(boxes: Array<[number, number, number, number]>): {
  project: Project
  ids: string[]
} {
  let project = newProject()
  const ids: string[] = []
  boxes.forEach(([left, top, width, height], layer) => {
    const clip = newShapeClip({ left, top, width, height, layer })
    ids.push(clip.id)
    project = addClip(project, 0, clip)
  })
  return { project, ids }
}

function positions(project: Project): Array<[number, number]> {
  return clipsOf(scenesOf(project)[0]).map((clip) => [clip.left, clip.top])
}

describe('alignClips', () => {
  test('one clip aligns to the frame', () => {
    const { project, ids } = projectWith([[100, 100, 200, 100]])
    expect(positions(alignClips(project, 0, new Set(ids), 'right', FRAME))).toEqual([[1720, 100]])
    expect(positions(alignClips(project, 0, new Set(ids), 'middle', FRAME))).toEqual([[100, 490]])
  })

  test('several clips align to their bounds', () => {
    const { project, ids } = projectWith([
      [100, 100, 200, 100],
      [400, 300, 100, 100],
    ])
    expect(positions(alignClips(project, 0, new Set(ids), 'left', FRAME))).toEqual([
      [100, 100],
      [100, 300],
    ])
    expect(positions(alignClips(project, 0, new Set(ids), 'bottom', FRAME))).toEqual([
      [100, 300],
      [400, 300],
    ])
  })

  test('locked axis stays put', () => {
    const { project, ids } = projectWith([[100, 100, 200, 100]])
    const locked = {
      ...project,
      scenes: [
        {
          ...project.scenes[0]!,
          clips: [{ ...project.scenes[0]!.clips[0]!, lockMovementX: true }],
        },
      ],
    }
    expect(positions(alignClips(locked, 0, new Set(ids), 'right', FRAME))).toEqual([[100, 100]])
  })
})

describe('distributeClips', () => {
  test('equal gaps between three clips', () => {
    const { project, ids } = projectWith([
      [0, 0, 100, 50],
      [150, 0, 100, 50],
      [600, 0, 100, 50],
    ])
    expect(positions(distributeClips(project, 0, new Set(ids), 'x'))).toEqual([
      [0, 0],
      [300, 0],
      [600, 0],
    ])
  })

  test('two clips are left alone', () => {
    const { project, ids } = projectWith([
      [0, 0, 100, 50],
      [150, 0, 100, 50],
    ])
    expect(distributeClips(project, 0, new Set(ids), 'x')).toBe(project)
  })
})
