import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, test } from 'vitest'
import { clipsOf, scenesOf } from '../model/access'
import { newProject, newShapeClip, newTextClip } from '../model/factory'
import { serializeProject } from '../model/serialize'
import { redo, undo, useEditor } from './editor'

const ALL_TYPES = readFileSync(
  new URL('../../e2e/fixtures/all-clip-types.json', import.meta.url),
  'utf8',
)
const initial = useEditor.getState()

function history() {
  return useEditor.temporal.getState()
}

function clips(scene = useEditor.getState().sceneIndex) {
  return clipsOf(scenesOf(useEditor.getState().project)[scene])
}

beforeEach(() => {
  useEditor.setState(
    { ...initial, project: newProject(), selection: [], sceneIndex: 0, clipboard: null },
    true,
  )
  history().clear()
})

describe('undo history', () => {
  test('selection is not an undo step', () => {
    useEditor.getState().addClip(newShapeClip({ left: 0, top: 0, width: 10, height: 10, layer: 0 }))
    useEditor.getState().select([])
    useEditor.getState().select([clips()[0]!.id])
    expect(history().pastStates).toHaveLength(1)
  })

  test('one drag end is one step', () => {
    useEditor.getState().addClip(newShapeClip({ left: 0, top: 0, width: 10, height: 10, layer: 0 }))
    const id = clips()[0]!.id
    useEditor.getState().setClipFields(id, { left: 40, top: 30 })
    expect(history().pastStates).toHaveLength(2)
    undo()
    expect(clips()[0]).toMatchObject({ left: 0, top: 0 })
    redo()
    expect(clips()[0]).toMatchObject({ left: 40, top: 30 })
  })

  test('unchanged values add no step', () => {
    useEditor.getState().addClip(newShapeClip({ left: 5, top: 5, width: 10, height: 10, layer: 0 }))
    useEditor.getState().setClipFields(clips()[0]!.id, { left: 5 })
    expect(history().pastStates).toHaveLength(1)
  })

  test('import is undoable', () => {
    const before = serializeProject(useEditor.getState().project)
    expect(useEditor.getState().importText(ALL_TYPES).ok).toBe(true)
    undo()
    expect(serializeProject(useEditor.getState().project)).toBe(before)
  })

  test('failed import changes nothing', () => {
    const before = useEditor.getState().project
    expect(useEditor.getState().importText('{ "scenes": [').ok).toBe(false)
    expect(useEditor.getState().project).toBe(before)
    expect(history().pastStates).toHaveLength(0)
  })

  test('keeps at least 200 steps', () => {
    useEditor.getState().addClip(newShapeClip({ left: 0, top: 0, width: 10, height: 10, layer: 0 }))
    const id = clips()[0]!.id
    for (let step = 1; step <= 250; step++) useEditor.getState().setClipFields(id, { left: step })
    for (let step = 0; step < 200; step++) undo()
    expect(clips()[0]!.left).toBe(50)
  })
})

describe('multi-selection', () => {
  beforeEach(() => {
    useEditor.getState().importText(ALL_TYPES)
    useEditor.getState().select(['shape-7k2m9q1x', 'image-3p8d2k0z'])
  })

  test('nudge moves every selected clip', () => {
    useEditor.getState().nudgeSelection(10, -1)
    const moved = clips().filter((clip) => useEditor.getState().selection.includes(clip.id))
    expect(moved.map((clip) => [clip.left, clip.top])).toEqual([
      [130.5, 95],
      [1390, 419],
    ])
    expect(history().pastStates).toHaveLength(2)
  })

  test('delete removes every selected clip', () => {
    useEditor.getState().deleteSelection()
    expect(clips().map((clip) => clip.id)).not.toContain('shape-7k2m9q1x')
    expect(clips().map((clip) => clip.id)).not.toContain('image-3p8d2k0z')
    expect(clips()).toHaveLength(4)
  })

  test('duplicate selects the copies', () => {
    useEditor.getState().duplicateSelection()
    const selection = useEditor.getState().selection
    expect(selection).toHaveLength(2)
    expect(selection).not.toContain('shape-7k2m9q1x')
    expect(clips()).toHaveLength(8)
  })
})

describe('clipboard', () => {
  test('paste into another scene gives new ids', () => {
    useEditor.getState().importText(ALL_TYPES)
    useEditor.getState().select(['textImage-9x1v4b7n'])
    useEditor.getState().copySelection()
    useEditor.getState().selectScene(1)
    useEditor.getState().paste()
    const pasted = clips(1).at(-1)!
    const original = clips(0).find((clip) => clip.id === 'textImage-9x1v4b7n')!
    expect(pasted.id).not.toBe(original.id)
    expect(pasted.left).toBe(original.left)
    expect(pasted.text).toBe(original.text)
    expect(useEditor.getState().selection).toEqual([pasted.id])
  })

  test('paste in the same scene is offset', () => {
    useEditor
      .getState()
      .addClip(newTextClip({ left: 100, top: 100, width: 300, height: 80, layer: 0 }))
    useEditor.getState().copySelection()
    useEditor.getState().paste()
    expect(clips().map((clip) => clip.left)).toEqual([100, 120])
  })

  test('repeated paste fans out', () => {
    useEditor.getState().importText(ALL_TYPES)
    useEditor.getState().select(['textImage-9x1v4b7n'])
    useEditor.getState().copySelection()
    useEditor.getState().selectScene(1)
    useEditor.getState().paste()
    useEditor.getState().paste()
    const pasted = clips(1).slice(-2)
    expect(pasted.map((clip) => [clip.left, clip.top])).toEqual([
      [160, 820],
      [180, 840],
    ])
  })

  test('cut then paste restores the clip', () => {
    useEditor
      .getState()
      .addClip(newTextClip({ left: 100, top: 100, width: 300, height: 80, layer: 0 }))
    useEditor.getState().cutSelection()
    expect(clips()).toHaveLength(0)
    useEditor.getState().paste()
    expect(clips()).toHaveLength(1)
    expect(clips()[0]!.left).toBe(100)
  })
})
