import { expect, test, type Page } from '@playwright/test'
import { Editor } from './editor'

type Clip = { id: string; left: number; top: number }

function shape(id: string, left: number, top: number) {
  return {
    id,
    type: 'shape',
    layer: 0,
    left,
    top,
    width: 200,
    height: 200,
    name: id,
    scaleX: 1,
    scaleY: 1,
    shapeName: 'Square',
    fill: 'rgb(59,130,246)',
  }
}

const PROJECT = {
  name: 'Snapping',
  orientation: 'landscape',
  scenes: [
    {
      sceneIdx: 0,
      background: {
        id: 'background',
        type: 'background',
        source_type: 'image',
        source_url: '',
        source_color: 'rgb(240,240,240)',
      },
      clips: [shape('shape-left', 100, 100), shape('shape-right', 600, 400)],
    },
  ],
}

async function clip(editor: Editor, id: string): Promise<Clip> {
  const scenes = (await editor.request()).scenes as Array<{ clips: Clip[] }>
  return scenes[0]!.clips.find((item) => item.id === id)!
}

/** Drags the right square left by `frameDx` frame pixels, holding Alt when asked. */
async function dragRightSquare(page: Page, editor: Editor, frameDx: number, alt: boolean) {
  const scale = await editor.stageScale()
  const rect = (await editor.nodeRect('shape-right'))!
  const start = await editor.stageToPage(rect.x + rect.width / 2, rect.y + rect.height / 2)
  if (alt) await page.keyboard.down('Alt')
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + frameDx * scale, start.y, { steps: 12 })
  await page.mouse.up()
  if (alt) await page.keyboard.up('Alt')
}

test('drag snaps exactly to another clip edge', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  await dragRightSquare(page, editor, -297, false)
  await expect.poll(async () => (await clip(editor, 'shape-right')).left).not.toBe(600)
  expect((await clip(editor, 'shape-right')).left).toBe(300)
  expect((await clip(editor, 'shape-right')).top).toBe(400)
})

test('Alt suspends snapping', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  await dragRightSquare(page, editor, -297, true)
  await expect.poll(async () => (await clip(editor, 'shape-right')).left).not.toBe(600)
  const left = (await clip(editor, 'shape-right')).left
  expect(left).not.toBe(300)
  // Screen pixels round the pointer path, so the unsnapped position is near, not at, 303.
  expect(Math.abs(left - 303)).toBeLessThan(4)
})

test('box on empty canvas selects the clips it touches', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  const scale = await editor.stageScale()
  const left = (await editor.nodeRect('shape-left'))!
  const from = await editor.stageToPage(left.x - 20 * scale, left.y - 20 * scale)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 700 * scale, from.y + 420 * scale, { steps: 8 })
  await page.mouse.up()
  const layers = page.getByRole('list', { name: 'Layers' })
  await expect(layers.getByRole('listitem', { name: /shape-left/ })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(layers.getByRole('listitem', { name: /shape-right/ })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByTestId('selection-announcer')).toHaveText('2 clips selected')
})

test('align left through the context menu', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  await page.locator('body').press('Control+a')
  const rect = (await editor.nodeRect('shape-right'))!
  const point = await editor.stageToPage(rect.x + 10, rect.y + 10)
  await page.mouse.click(point.x, point.y, { button: 'right' })
  await page.getByRole('menuitem', { name: /Align left/ }).click()
  await expect.poll(async () => (await clip(editor, 'shape-right')).left).toBe(100)
  expect((await clip(editor, 'shape-left')).left).toBe(100)
})

test('question mark opens the shortcuts dialog', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.locator('body').press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toContainText('Bring forward')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
})

test('arrow keys in the context menu stay in the menu', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  const rect = (await editor.nodeRect('shape-right'))!
  const point = await editor.stageToPage(rect.x + 10, rect.y + 10)
  await page.mouse.click(point.x, point.y, { button: 'right' })
  const menu = page.getByRole('menu', { name: 'Clip actions' })
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: /Paste/ })).toBeFocused()
  expect((await clip(editor, 'shape-right')).top).toBe(400)
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
})

test('select all skips hidden and locked clips', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  await page.getByRole('button', { name: 'Hide shape-left while editing' }).click()
  await page.locator('body').press('Control+a')
  await expect(page.getByTestId('selection-announcer')).toHaveText(/shape-right/)
  await page.getByRole('button', { name: 'Lock shape-right' }).click()
  await page.locator('body').press('Control+a')
  await expect(page.getByTestId('selection-announcer')).toHaveText('No clip selected')
})

test('arrange menu closes after a choice', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  await page.getByRole('listitem', { name: /shape-right/ }).click()
  await page.getByRole('button', { name: 'Arrange' }).click()
  const menu = page.getByRole('menu', { name: 'Arrange' })
  await expect(menu.getByRole('menuitem', { name: 'Distribute horizontally' })).toBeDisabled()
  await menu.getByRole('menuitem', { name: 'Align right' }).click()
  await expect(menu).toHaveCount(0)
  await expect.poll(async () => (await clip(editor, 'shape-right')).left).toBe(1720)
})

test('menu arrows skip disabled items', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(JSON.stringify(PROJECT))
  const empty = await editor.stageToPage(20, 20)
  await page.mouse.click(empty.x, empty.y, { button: 'right' })
  const menu = page.getByRole('menu', { name: 'Clip actions' })
  await expect(menu.getByRole('menuitem', { name: /Paste/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: /Select all/ })).toBeFocused()
})

test('Escape closes the arrange menu', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.getByRole('button', { name: 'Arrange' }).click()
  const menu = page.getByRole('menu', { name: 'Arrange' })
  await expect(menu).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
})
