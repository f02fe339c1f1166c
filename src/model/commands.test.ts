import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { drawOrder } from './access'
import {
  addClip,
  addScene,
  cloneClip,
  duplicateClips,
  duplicateScene,
  moveClips,
  moveScene,
  nextLayer,
  removeClips,
  removeScene,
  renumberScenes,
  setClipFields,
  setProjectField,
  shiftLayer,
} from './commands'
import { newScene, newShapeClip } from './factory'
import { newClipId } from './ids'
import type { Clip, Project, Scene } from './types'

function shape(id: string, layer: number, extra: Record<string, unknown> = {}): Clip {
  return {
    id,
    type: 'shape',
    layer,
    top: 10,
    left: 20,
    height: 100,
    width: 200,
    name: id,
    shapeName: 'Circle',
    fill: 'rgb(0,0,0)',
    ...extra,
  } as Clip
}

function sceneOf(sceneIdx: number, clips: Clip[]): Scene {
  return { ...newScene(sceneIdx), clips }
}

function projectOf(...scenes: Scene[]): Project {
  return { name: 'Test', orientation: 'landscape', scenes }
}

/** Builds a project with clips a, b, c on layers 0, 1, 2 in scene 0 and clip d in scene 1. */
function sample(): Project {
  return projectOf(
    sceneOf(0, [shape('a', 0), shape('b', 1), shape('c', 2)]),
    sceneOf(1, [shape('d', 0)]),
  )
}

function clipsAt(project: Project, sceneIndex = 0): Clip[] {
  return project.scenes[sceneIndex]?.clips ?? []
}

function idsOf(clips: readonly Clip[]): string[] {
  return clips.map((clip) => clip.id)
}

/** Ids of scene 0 in drawing order, bottom first. */
function drawnIds(project: Project): string[] {
  return idsOf(drawOrder(clipsAt(project)))
}

function layersOf(project: Project): Record<string, number> {
  return Object.fromEntries(clipsAt(project).map((clip) => [clip.id, clip.layer]))
}

describe('addClip', () => {
  test('appends to the scene', () => {
    const next = addClip(sample(), 0, shape('e', 3))
    expect(idsOf(clipsAt(next))).toEqual(['a', 'b', 'c', 'e'])
  })

  test('leaves input unchanged', () => {
    const project = sample()
    addClip(project, 0, shape('e', 3))
    expect(idsOf(clipsAt(project))).toEqual(['a', 'b', 'c'])
  })

  test('shares untouched objects', () => {
    const project = sample()
    const next = addClip(project, 0, shape('e', 3))
    expect(next.scenes[1]).toBe(project.scenes[1])
    expect(clipsAt(next)[0]).toBe(clipsAt(project)[0])
  })

  test('missing scene returns same project', () => {
    const project = sample()
    expect(addClip(project, 5, shape('e', 3))).toBe(project)
  })
})

describe('removeClips', () => {
  test('removes selected clips', () => {
    const next = removeClips(sample(), 0, new Set(['a', 'c']))
    expect(idsOf(clipsAt(next))).toEqual(['b'])
  })

  test('unknown id returns same project', () => {
    const project = sample()
    expect(removeClips(project, 0, new Set(['zz']))).toBe(project)
  })

  test('shares remaining clips', () => {
    const project = sample()
    const next = removeClips(project, 0, new Set(['a']))
    expect(clipsAt(next)[0]).toBe(clipsAt(project)[1])
  })
})

describe('moveClips', () => {
  test('moves selected clips', () => {
    const next = moveClips(sample(), 0, new Set(['b']), 5, -7)
    const moved = clipsAt(next)[1]
    expect(moved?.left).toBe(25)
    expect(moved?.top).toBe(3)
  })

  test('keeps unselected clip identity', () => {
    const project = sample()
    const next = moveClips(project, 0, new Set(['b']), 5, 5)
    expect(clipsAt(next)[0]).toBe(clipsAt(project)[0])
    expect(next.scenes[1]).toBe(project.scenes[1])
  })

  test('lockMovementX keeps left', () => {
    const project = projectOf(sceneOf(0, [shape('a', 0, { lockMovementX: true })]))
    const moved = clipsAt(moveClips(project, 0, new Set(['a']), 5, 6))[0]
    expect(moved?.left).toBe(20)
    expect(moved?.top).toBe(16)
  })

  test('lockMovementY keeps top', () => {
    const project = projectOf(sceneOf(0, [shape('a', 0, { lockMovementY: true })]))
    const moved = clipsAt(moveClips(project, 0, new Set(['a']), 5, 6))[0]
    expect(moved?.left).toBe(25)
    expect(moved?.top).toBe(10)
  })

  test('both locks return same project', () => {
    const locks = { lockMovementX: true, lockMovementY: true }
    const project = projectOf(sceneOf(0, [shape('a', 0, locks)]))
    expect(moveClips(project, 0, new Set(['a']), 5, 6)).toBe(project)
  })

  test('false locks allow movement', () => {
    const locks = { lockMovementX: false, lockMovementY: false }
    const project = projectOf(sceneOf(0, [shape('a', 0, locks)]))
    const moved = clipsAt(moveClips(project, 0, new Set(['a']), 1, 1))[0]
    expect(moved?.left).toBe(21)
  })

  test('keeps key order', () => {
    const project = sample()
    const moved = clipsAt(moveClips(project, 0, new Set(['a']), 1, 1))[0]
    expect(Object.keys(moved ?? {})).toEqual(Object.keys(clipsAt(project)[0] ?? {}))
  })
})

describe('setClipFields', () => {
  test('keeps key order', () => {
    const project = sample()
    const next = setClipFields(project, 0, 'a', { fill: 'red', left: 1 })
    expect(Object.keys(clipsAt(next)[0] ?? {})).toEqual(Object.keys(clipsAt(project)[0] ?? {}))
  })

  test('sets values', () => {
    const next = setClipFields(sample(), 0, 'a', { fill: 'red' })
    expect(clipsAt(next)[0]?.fill).toBe('red')
  })

  test('appends new keys last', () => {
    const next = setClipFields(sample(), 0, 'a', { tag: 'logo' })
    expect(Object.keys(clipsAt(next)[0] ?? {}).at(-1)).toBe('tag')
  })

  test('undefined removes the key', () => {
    const next = setClipFields(sample(), 0, 'a', { fill: undefined })
    expect('fill' in (clipsAt(next)[0] ?? {})).toBe(false)
  })

  test('same values return same project', () => {
    const project = sample()
    expect(setClipFields(project, 0, 'a', { left: 20, absent: undefined })).toBe(project)
  })

  test('other clips keep identity', () => {
    const project = sample()
    const next = setClipFields(project, 0, 'a', { fill: 'red' })
    expect(clipsAt(next)[1]).toBe(clipsAt(project)[1])
    expect(clipsAt(next)[0]).not.toBe(clipsAt(project)[0])
  })
})

describe('setProjectField', () => {
  test('sets a field', () => {
    const next = setProjectField(sample(), 'webhookUrl', 'https://example.com/hook')
    expect(next.webhookUrl).toBe('https://example.com/hook')
  })

  test('undefined removes the field', () => {
    const project = { ...sample(), webhookUrl: 'https://example.com/hook' }
    const next = setProjectField(project, 'webhookUrl', undefined)
    expect(Object.keys(next)).toEqual(['name', 'orientation', 'scenes'])
  })

  test('shares scenes', () => {
    const project = sample()
    expect(setProjectField(project, 'name', 'New').scenes).toBe(project.scenes)
  })
})

describe('newClipId', () => {
  test('uses type and 11 characters', () => {
    expect(newClipId('textImage')).toMatch(/^textImage-[0-9a-z]{11}$/)
  })

  test('differs between calls', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newClipId('shape')))
    expect(ids.size).toBe(100)
  })
})

describe('duplicateClips', () => {
  test('returns new ids of type form', () => {
    const { ids } = duplicateClips(sample(), 0, new Set(['a']))
    expect(ids).toHaveLength(1)
    expect(ids[0]).toMatch(/^shape-[0-9a-z]{11}$/)
  })

  test('appends copies under new ids', () => {
    const { project, ids } = duplicateClips(sample(), 0, new Set(['a']))
    expect(idsOf(clipsAt(project))).toEqual(['a', 'b', 'c', ...ids])
  })

  test('name follows id', () => {
    const { project } = duplicateClips(sample(), 0, new Set(['a']))
    const copy = clipsAt(project)[3]
    expect(copy?.name).toBe(copy?.id)
  })

  test('custom name kept', () => {
    const project = projectOf(sceneOf(0, [shape('a', 0, { name: 'Logo' })]))
    const copy = clipsAt(duplicateClips(project, 0, new Set(['a'])).project)[1]
    expect(copy?.name).toBe('Logo')
  })

  test('offsets by 20 pixels', () => {
    const { project } = duplicateClips(sample(), 0, new Set(['a']))
    const copy = clipsAt(project)[3]
    expect(copy?.left).toBe(40)
    expect(copy?.top).toBe(30)
  })

  test('copies go on top in order', () => {
    const { project, ids } = duplicateClips(sample(), 0, new Set(['c', 'a']))
    const copies = clipsAt(project).slice(3)
    expect(copies.map((clip) => clip.layer)).toEqual([3, 4])
    expect(ids).toEqual(idsOf(copies))
    expect(copies.map((clip) => clip.fill)).toEqual(['rgb(0,0,0)', 'rgb(0,0,0)'])
  })

  test('copy order follows drawing order', () => {
    const top = shape('top', 5, { tag: 'top' })
    const bottom = shape('bottom', 1, { tag: 'bottom' })
    const project = projectOf(sceneOf(0, [top, bottom]))
    const copies = clipsAt(duplicateClips(project, 0, new Set(['top', 'bottom'])).project).slice(2)
    expect(copies.map((clip) => clip.tag)).toEqual(['bottom', 'top'])
    expect(copies.map((clip) => clip.layer)).toEqual([6, 7])
  })

  test('deep-copies nested objects', () => {
    const shadow = { color: '#000', blur: 2 }
    const project = projectOf(sceneOf(0, [shape('a', 0, { shadow })]))
    const copy = clipsAt(duplicateClips(project, 0, new Set(['a'])).project)[1]
    expect(copy?.shadow).toEqual(shadow)
    expect(copy?.shadow).not.toBe(shadow)
  })

  test('keeps key order', () => {
    const project = sample()
    const copy = clipsAt(duplicateClips(project, 0, new Set(['a'])).project)[3]
    expect(Object.keys(copy ?? {})).toEqual(Object.keys(clipsAt(project)[0] ?? {}))
  })

  test('originals keep identity', () => {
    const project = sample()
    const next = duplicateClips(project, 0, new Set(['a'])).project
    expect(clipsAt(next)[0]).toBe(clipsAt(project)[0])
    expect(next.scenes[1]).toBe(project.scenes[1])
  })
})

describe('cloneClip', () => {
  test('new id, same type', () => {
    const copy = cloneClip(newShapeClip({ left: 0, top: 0, width: 1, height: 1, layer: 0 }))
    expect(copy.id).toMatch(/^shape-[0-9a-z]{11}$/)
    expect(copy.name).toBe(copy.id)
  })
})

describe('shiftLayer', () => {
  test('forward swaps layer values', () => {
    const next = shiftLayer(sample(), 0, new Set(['a']), 1)
    expect(layersOf(next)).toEqual({ a: 1, b: 0, c: 2 })
  })

  test('forward keeps array order', () => {
    const next = shiftLayer(sample(), 0, new Set(['a']), 1)
    expect(idsOf(clipsAt(next))).toEqual(['a', 'b', 'c'])
  })

  test('backward swaps layer values', () => {
    const next = shiftLayer(sample(), 0, new Set(['c']), -1)
    expect(layersOf(next)).toEqual({ a: 0, b: 2, c: 1 })
  })

  test('swaps values across gaps', () => {
    const project = projectOf(sceneOf(0, [shape('a', 2), shape('b', 9)]))
    expect(layersOf(shiftLayer(project, 0, new Set(['a']), 1))).toEqual({ a: 9, b: 2 })
  })

  test('equal layers swap array order', () => {
    const project = projectOf(sceneOf(0, [shape('a', 1), shape('b', 1), shape('c', 1)]))
    const next = shiftLayer(project, 0, new Set(['a']), 1)
    expect(idsOf(clipsAt(next))).toEqual(['b', 'a', 'c'])
    expect(layersOf(next)).toEqual({ a: 1, b: 1, c: 1 })
  })

  test('equal layers shift backward', () => {
    const project = projectOf(sceneOf(0, [shape('a', 1), shape('b', 1), shape('c', 1)]))
    const next = shiftLayer(project, 0, new Set(['c']), -1)
    expect(idsOf(clipsAt(next))).toEqual(['a', 'c', 'b'])
  })

  test('equal layers keep clip identity', () => {
    const project = projectOf(sceneOf(0, [shape('a', 1), shape('b', 1)]))
    const next = shiftLayer(project, 0, new Set(['a']), 1)
    expect(clipsAt(next)[1]).toBe(clipsAt(project)[0])
  })

  test('top stays top', () => {
    const project = sample()
    expect(shiftLayer(project, 0, new Set(['c']), 1)).toBe(project)
  })

  test('bottom stays bottom', () => {
    const project = sample()
    expect(shiftLayer(project, 0, new Set(['a']), -1)).toBe(project)
  })

  test('selected block at top stays', () => {
    const project = sample()
    expect(shiftLayer(project, 0, new Set(['b', 'c']), 1)).toBe(project)
  })

  test('selected neighbours do not leapfrog', () => {
    const project = sample()
    const next = shiftLayer(project, 0, new Set(['a', 'b']), 1)
    expect(drawnIds(next)).toEqual(['c', 'a', 'b'])
  })

  test('selected neighbours shift backward together', () => {
    const next = shiftLayer(sample(), 0, new Set(['b', 'c']), -1)
    expect(drawnIds(next)).toEqual(['b', 'c', 'a'])
  })

  test('moves one step past tied layer', () => {
    const project = projectOf(sceneOf(0, [shape('a', 2), shape('c', 1), shape('b', 1)]))
    expect(drawnIds(project)).toEqual(['c', 'b', 'a'])
    const next = shiftLayer(project, 0, new Set(['a']), -1)
    expect(drawnIds(next)).toEqual(['c', 'a', 'b'])
  })

  test('forward one step past tied layer', () => {
    const project = projectOf(sceneOf(0, [shape('b', 2), shape('c', 2), shape('a', 1)]))
    expect(drawnIds(project)).toEqual(['a', 'b', 'c'])
    const next = shiftLayer(project, 0, new Set(['a']), 1)
    expect(drawnIds(next)).toEqual(['b', 'a', 'c'])
  })

  test('other scenes keep identity', () => {
    const project = sample()
    const next = shiftLayer(project, 0, new Set(['a']), 1)
    expect(next.scenes[1]).toBe(project.scenes[1])
    expect(clipsAt(next)[2]).toBe(clipsAt(project)[2])
  })

  test('each step moves exactly one place', () => {
    const layers = [3, 1, 1, 2, 2, 0, 3, 1]
    const ids = layers.map((_, index) => `k${index}`)
    const project = projectOf(
      sceneOf(
        0,
        layers.map((layer, index) => shape(`k${index}`, layer)),
      ),
    )
    const before = drawnIds(project)
    for (const id of ids) {
      for (const direction of [1, -1] as const) {
        const after = drawnIds(shiftLayer(project, 0, new Set([id]), direction))
        const from = before.indexOf(id)
        const to = Math.min(Math.max(from + direction, 0), before.length - 1)
        const expected = [...before]
        expected.splice(from, 1)
        expected.splice(to, 0, id)
        expect(after, `${id} ${direction}`).toEqual(expected)
      }
    }
  })
})

/** Moves the selected ids one step in a plain list, the way shiftLayer should reorder drawing. */
function shiftInList(order: string[], selected: Set<string>, direction: 1 | -1): string[] {
  const result = [...order]
  const moving = result.filter((id) => selected.has(id))
  if (direction === 1) moving.reverse()
  for (const id of moving) {
    const from = result.indexOf(id)
    const neighbour = result[from + direction]
    if (neighbour === undefined || selected.has(neighbour)) continue
    result[from] = neighbour
    result[from + direction] = id
  }
  return result
}

describe('shiftLayer property', () => {
  const scenario = fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 })
    .chain((layers) =>
      fc.record({
        layers: fc.constant(layers),
        selected: fc.subarray(layers.map((_, index) => `k${index}`)),
        direction: fc.constantFrom<1 | -1>(1, -1),
      }),
    )

  test('matches one-step list move', () => {
    fc.assert(
      fc.property(scenario, ({ layers, selected, direction }) => {
        const clips = layers.map((layer, index) => shape(`k${index}`, layer))
        const project = projectOf(sceneOf(0, clips))
        const ids = new Set(selected)
        const next = shiftLayer(project, 0, ids, direction)
        expect(drawnIds(next)).toEqual(shiftInList(drawnIds(project), ids, direction))
      }),
    )
  })

  test('changes at most moved clips', () => {
    fc.assert(
      fc.property(scenario, ({ layers, selected, direction }) => {
        const clips = layers.map((layer, index) => shape(`k${index}`, layer))
        const project = projectOf(sceneOf(0, clips))
        const next = shiftLayer(project, 0, new Set(selected), direction)
        const before = drawnIds(project)
        const after = drawnIds(next)
        const changed = clipsAt(next).filter((clip) => !clips.includes(clip))
        for (const clip of changed) expect(before.indexOf(clip.id)).not.toBe(after.indexOf(clip.id))
      }),
    )
  })
})

describe('nextLayer', () => {
  test('empty scene gives 0', () => {
    expect(nextLayer(newScene(0))).toBe(0)
  })

  test('top layer plus one', () => {
    expect(nextLayer(sceneOf(0, [shape('a', 4), shape('b', 2)]))).toBe(5)
  })
})

describe('scene commands', () => {
  function threeScenes(): Project {
    return projectOf(
      sceneOf(0, [shape('a', 0)]),
      sceneOf(1, [shape('b', 0)]),
      sceneOf(2, [shape('c', 0)]),
    )
  }

  function sceneIndices(project: Project): number[] {
    return project.scenes.map((scene) => scene.sceneIdx)
  }

  function firstIds(project: Project): string[] {
    return project.scenes.map((scene) => scene.clips[0]?.id ?? '')
  }

  test('addScene appends numbered scene', () => {
    const next = addScene(threeScenes())
    expect(sceneIndices(next)).toEqual([0, 1, 2, 3])
    expect(next.scenes[3]?.clips).toEqual([])
  })

  test('addScene shares existing scenes', () => {
    const project = threeScenes()
    expect(addScene(project).scenes[0]).toBe(project.scenes[0])
  })

  test('addScene renumbers given scene', () => {
    const next = addScene(threeScenes(), sceneOf(9, []))
    expect(sceneIndices(next)).toEqual([0, 1, 2, 3])
  })

  test('duplicateScene inserts after source', () => {
    const { project, index } = duplicateScene(threeScenes(), 0)
    expect(index).toBe(1)
    expect(sceneIndices(project)).toEqual([0, 1, 2, 3])
    expect(firstIds(project)[2]).toBe('b')
  })

  test('duplicateScene gives new clip ids', () => {
    const { project } = duplicateScene(threeScenes(), 0)
    const copy = project.scenes[1]?.clips[0]
    expect(copy?.id).toMatch(/^shape-[0-9a-z]{11}$/)
    expect(copy?.name).toBe(copy?.id)
  })

  test('duplicateScene deep-copies background', () => {
    const source = threeScenes()
    const { project } = duplicateScene(source, 0)
    expect(project.scenes[1]?.background).toEqual(source.scenes[0]?.background)
    expect(project.scenes[1]?.background).not.toBe(source.scenes[0]?.background)
  })

  test('duplicateScene shares earlier scenes', () => {
    const source = threeScenes()
    const { project } = duplicateScene(source, 1)
    expect(project.scenes[0]).toBe(source.scenes[0])
    expect(project.scenes[1]).toBe(source.scenes[1])
  })

  test('duplicateScene missing index', () => {
    const source = threeScenes()
    expect(duplicateScene(source, 7).project).toBe(source)
  })

  test('removeScene renumbers', () => {
    const next = removeScene(threeScenes(), 0)
    expect(sceneIndices(next)).toEqual([0, 1])
    expect(firstIds(next)).toEqual(['b', 'c'])
  })

  test('removeScene missing index', () => {
    const project = threeScenes()
    expect(removeScene(project, 3)).toBe(project)
  })

  test('moveScene renumbers', () => {
    const next = moveScene(threeScenes(), 2, 0)
    expect(firstIds(next)).toEqual(['c', 'a', 'b'])
    expect(sceneIndices(next)).toEqual([0, 1, 2])
  })

  test('moveScene out of range', () => {
    const project = threeScenes()
    expect(moveScene(project, 0, 3)).toBe(project)
    expect(moveScene(project, 5, 0)).toBe(project)
  })

  test('renumberScenes fixes indices', () => {
    const project = projectOf(sceneOf(0, []), sceneOf(0, []), sceneOf(5, []))
    expect(sceneIndices(renumberScenes(project))).toEqual([0, 1, 2])
  })

  test('renumberScenes shares correct scenes', () => {
    const project = projectOf(sceneOf(0, []), sceneOf(0, []))
    const next = renumberScenes(project)
    expect(next.scenes[0]).toBe(project.scenes[0])
    expect(next.scenes[1]).not.toBe(project.scenes[1])
  })

  test('renumberScenes keeps key order', () => {
    const project = projectOf(sceneOf(0, []), sceneOf(0, []))
    const next = renumberScenes(project)
    expect(Object.keys(next.scenes[1] ?? {})).toEqual(Object.keys(project.scenes[1] ?? {}))
  })

  test('renumberScenes unchanged returns same', () => {
    const project = threeScenes()
    expect(renumberScenes(project)).toBe(project)
  })
})
