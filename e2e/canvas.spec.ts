import { expect, test, type Page } from '@playwright/test'
import { Editor, fixture } from './editor'

type Json = Record<string, unknown>

interface ClipJson {
  id: string
  type: string
  left: number
  top: number
  width: number
  height: number
  scaleX?: number
  scaleY?: number
  angle?: number
}

/** Axis-aligned bounds of a clip rotated about its top-left corner, in frame pixels. */
function expectedBounds(clip: ClipJson) {
  const width = clip.width * (clip.scaleX ?? 1)
  const height = clip.height * (clip.scaleY ?? 1)
  const radians = ((clip.angle ?? 0) * Math.PI) / 180
  const xs = [
    0,
    width * Math.cos(radians),
    -height * Math.sin(radians),
    width * Math.cos(radians) - height * Math.sin(radians),
  ]
  const ys = [
    0,
    width * Math.sin(radians),
    height * Math.cos(radians),
    width * Math.sin(radians) + height * Math.cos(radians),
  ]
  return {
    x: clip.left + Math.min(...xs),
    y: clip.top + Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  }
}

/** The client rect of a node without shadow and stroke, in stage-container pixels. */
async function shapeRect(page: Page, id: string) {
  return page.evaluate((clipId) => {
    type Rect = { x: number; y: number; width: number; height: number }
    type Node = { getClientRect(options: object): Rect }
    type Stage = {
      findOne(selector: string): Node | undefined
      x(): number
      y(): number
      scaleX(): number
    }
    const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages[0]!
    const rect = stage.findOne('#' + clipId)?.getClientRect({ skipShadow: true, skipStroke: true })
    return rect ? { rect, stage: { x: stage.x(), y: stage.y(), scale: stage.scaleX() } } : null
  }, id)
}

function sceneClips(request: Json, index: number): ClipJson[] {
  const scenes = request.scenes as Array<{ clips: ClipJson[] }>
  return scenes[index]!.clips
}

function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('every clip is drawn at its JSON geometry', async ({ page }) => {
  const errors = collectErrors(page)
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  const request = await editor.request()

  for (const [sceneIndex, name] of ['Scene 1', 'Scene 2'].entries()) {
    await page.getByRole('listitem', { name }).click()
    for (const clip of sceneClips(request, sceneIndex)) {
      await expect
        .poll(() => shapeRect(page, clip.id).then((found) => found !== null))
        .toBe(clip.type !== 'audio')
      const found = await shapeRect(page, clip.id)
      if (clip.type === 'audio' || !found) continue
      const bounds = expectedBounds(clip)
      const { scale, x, y } = found.stage
      expect(found.rect.x, `${clip.id} x`).toBeCloseTo(x + bounds.x * scale, 0)
      expect(found.rect.y, `${clip.id} y`).toBeCloseTo(y + bounds.y * scale, 0)
      expect(found.rect.width, `${clip.id} width`).toBeCloseTo(bounds.width * scale, 0)
      expect(found.rect.height, `${clip.id} height`).toBeCloseTo(bounds.height * scale, 0)
    }
  }
  expect(errors).toEqual([])
})

test('dragging the avatar changes only left and top', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('sample-avatar-scene.json'))
  const before = await editor.request()
  const avatar = sceneClips(before, 0)[0]!
  const rect = (await editor.nodeRect(avatar.id))!
  const scale = await editor.stageScale()

  const start = await editor.stageToPage(rect.x + rect.width / 2, rect.y + 150)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let step = 1; step <= 10; step++)
    await page.mouse.move(start.x + step * 10, start.y + step * 5)
  await page.mouse.up()

  await expect
    .poll(async () => sceneClips(await editor.request(), 0)[0]!.left)
    .not.toBe(avatar.left)
  const after = await editor.request()
  const moved = sceneClips(after, 0)[0]!
  expect(moved.left).toBeCloseTo(avatar.left + 100 / scale, 6)
  expect(moved.top).toBeCloseTo(avatar.top + 50 / scale, 6)
  const unchanged = structuredClone(after) as { scenes: Array<{ clips: Json[] }> }
  unchanged.scenes[0]!.clips[0]!.left = avatar.left
  unchanged.scenes[0]!.clips[0]!.top = avatar.top
  expect(unchanged).toEqual(before)
})

test('resizing from a corner changes only the scale', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  const before = await editor.request()
  const image = sceneClips(before, 0).find((clip) => clip.type === 'image')!
  const rect = (await editor.nodeRect(image.id))!
  const center = await editor.stageToPage(rect.x + rect.width / 2, rect.y + rect.height / 2)
  await page.mouse.click(center.x, center.y)

  const corner = await editor.stageToPage(rect.x + rect.width, rect.y + rect.height)
  await page.mouse.move(corner.x, corner.y)
  await page.mouse.down()
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(corner.x + step * 6, corner.y + step * 6)
  await page.mouse.up()

  await expect
    .poll(
      async () =>
        sceneClips(await editor.request(), 0).find((clip) => clip.id === image.id)!.scaleX,
    )
    .toBeGreaterThan(image.scaleX!)
  const after = await editor.request()
  const resized = sceneClips(after, 0).find((clip) => clip.id === image.id)!
  expect(resized.scaleY).toBeGreaterThan(image.scaleY!)
  expect(resized.left).toBe(image.left)
  expect(resized.top).toBe(image.top)
  expect(resized.width).toBe(image.width)
  expect(resized.height).toBe(image.height)
  const restored = structuredClone(after) as { scenes: Array<{ clips: Json[] }> }
  const index = sceneClips(after, 0).indexOf(resized)
  restored.scenes[0]!.clips[index]!.scaleX = image.scaleX
  restored.scenes[0]!.clips[index]!.scaleY = image.scaleY
  expect(restored).toEqual(before)
})

test('portrait shows a 1080 by 1920 frame', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.getByRole('combobox', { name: 'Orientation' }).selectOption({ label: 'Portrait' })
  expect((await editor.request()).orientation).toBe('portrait')
  const frame = await page.evaluate(() => {
    type Node = { getClientRect(): { width: number; height: number } }
    const stage = (
      window as unknown as { Konva: { stages: Array<{ findOne(selector: string): Node }> } }
    ).Konva.stages[0]!
    return stage.findOne('.background').getClientRect()
  })
  expect(frame.width / frame.height).toBeCloseTo(1080 / 1920, 3)
})

test('small window still fits the frame', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('portrait-scene-scripts.json'))
  await expect(page.getByRole('button', { name: 'Export video' })).toBeInViewport()
  const container = (await page.getByTestId('stage-container').boundingBox())!
  const frame = await page.evaluate(() => {
    type Node = { getClientRect(): { x: number; y: number; width: number; height: number } }
    const stage = (
      window as unknown as { Konva: { stages: Array<{ findOne(selector: string): Node }> } }
    ).Konva.stages[0]!
    return stage.findOne('.background').getClientRect()
  })
  expect(frame.x).toBeGreaterThanOrEqual(0)
  expect(frame.y).toBeGreaterThanOrEqual(0)
  expect(frame.x + frame.width).toBeLessThanOrEqual(container.width)
  expect(frame.y + frame.height).toBeLessThanOrEqual(container.height)
})

test('offline assets show placeholders without errors', async ({ page }) => {
  const errors = collectErrors(page)
  const editor = new Editor(page)
  await editor.open()
  for (const name of [
    'all-clip-types.json',
    'portrait-scene-scripts.json',
    'sample-avatar-scene.json',
  ]) {
    await editor.importText(fixture(name))
  }
  await expect(page.getByRole('textbox', { name: 'Request JSON' })).toContainText(
    'aiModel-1h4ij5h8e87',
  )
  await page.waitForTimeout(500)
  expect(errors).toEqual([])
})

test('double-click edits text in place', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  const rect = (await editor.nodeRect('textImage-9x1v4b7n'))!
  const point = await editor.stageToPage(rect.x + 20, rect.y + rect.height / 2)
  await page.mouse.dblclick(point.x, point.y)
  const box = page.getByRole('textbox', { name: 'Edit text in place' })
  await expect(box).toBeFocused()
  await box.fill('Q4 results')
  await box.press('Control+Enter')
  await expect(box).toHaveCount(0)
  const clips = (
    (await editor.request()).scenes as Array<{ clips: Array<{ id: string; text?: string }> }>
  )[0]!.clips
  expect(clips.find((clip) => clip.id === 'textImage-9x1v4b7n')!.text).toBe('Q4 results')
})

test('zoom buttons scale the stage and fit restores it', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  const fitted = await editor.stageScale()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => editor.stageScale()).toBeCloseTo(fitted * 1.25, 6)
  await page.getByRole('button', { name: 'Zoom to fit' }).click()
  await expect.poll(() => editor.stageScale()).toBeCloseTo(fitted, 6)
})

test('selected clip shows its off-frame part faded', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('sample-avatar-scene.json'))
  const ghost = () =>
    page.evaluate(() => {
      type Node = { id(): string; opacity(): number }
      type Stage = { findOne(match: (node: Node) => boolean): Node | undefined }
      const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages[0]!
      return stage.findOne((node) => node.id() === 'ghost:aiModel-1h4ij5h8e87')?.opacity() ?? null
    })
  expect(await ghost()).toBeNull()
  await page.getByRole('listitem', { name: /aiModel-1h4ij5h8e87/ }).click()
  await expect.poll(ghost).toBeLessThan(0.5)
})

test('off-frame part of the selection can be dragged', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('sample-avatar-scene.json'))
  const before = sceneClips(await editor.request(), 0)[0]!
  await page.getByRole('listitem', { name: /aiModel-1h4ij5h8e87/ }).click()
  const scale = await editor.stageScale()
  const frameBottom = await page.evaluate(() => {
    type Node = { getClientRect(): { y: number; height: number } }
    const stage = (
      window as unknown as { Konva: { stages: Array<{ findOne(selector: string): Node }> } }
    ).Konva.stages[0]!
    const rect = stage.findOne('.background').getClientRect()
    return rect.y + rect.height
  })
  const rect = (await editor.nodeRect(before.id))!
  // A point of the avatar below the frame, where only its faded copy is drawn.
  const start = await editor.stageToPage(rect.x + rect.width / 2, frameBottom + 20)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x - 40, start.y - 20, { steps: 5 })
  await page.mouse.up()

  await expect
    .poll(async () => sceneClips(await editor.request(), 0)[0]!.left)
    .not.toBe(before.left)
  const after = sceneClips(await editor.request(), 0)[0]!
  expect(after.left).toBeCloseTo(before.left - 40 / scale, 6)
  expect(after.top).toBeCloseTo(before.top - 20 / scale, 6)
})
