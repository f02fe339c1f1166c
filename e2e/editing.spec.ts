import { expect, test } from '@playwright/test'
import { Editor, fixture } from './editor'

type Clip = { id: string; left: number; top: number; [key: string]: unknown }
type Request = { scenes: Array<{ clips: Clip[] }> }

async function clips(editor: Editor, scene: number): Promise<Clip[]> {
  return ((await editor.request()) as unknown as Request).scenes[scene]!.clips
}

test('undo after a drag restores the exact position', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('sample-avatar-scene.json'))
  const before = await editor.requestJson().inputValue()
  const avatar = (await clips(editor, 0))[0]!
  const rect = (await editor.nodeRect(avatar.id))!
  const start = await editor.stageToPage(rect.x + rect.width / 2, rect.y + 150)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 60, start.y + 30, { steps: 6 })
  await page.mouse.up()
  await expect(editor.requestJson()).not.toHaveValue(before)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(editor.requestJson()).toHaveValue(before)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(editor.requestJson()).not.toHaveValue(before)
})

test('arrow keys nudge the selected clip', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  const star = (await clips(editor, 0)).find((clip) => clip.id === 'shape-7k2m9q1x')!
  await page.getByRole('listitem', { name: /shape-7k2m9q1x/ }).click()
  await page.locator('body').press('ArrowRight')
  await page.locator('body').press('Shift+ArrowDown')

  const find = async () => (await clips(editor, 0)).find((clip) => clip.id === star.id)!
  await expect.poll(async () => (await find()).top).toBe(star.top + 10)
  expect((await find()).left).toBe(star.left + 1)
})

test('copy and paste into another scene keeps fields', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('all-clip-types.json'))
  await page.getByRole('listitem', { name: /textImage-9x1v4b7n/ }).click()
  await page.locator('body').press('Control+c')
  await page.getByRole('listitem', { name: 'Scene 2' }).click()
  await page.locator('body').press('Control+v')

  await expect.poll(async () => (await clips(editor, 1)).length).toBe(3)
  const original = (await clips(editor, 0)).find((clip) => clip.id === 'textImage-9x1v4b7n')!
  const pasted = (await clips(editor, 1))[2]!
  expect(pasted.id).toMatch(/^textImage-[0-9a-z]{11}$/)
  expect(pasted.name).toBe(pasted.id)
  const withoutIdentity = (clip: Clip) => ({ ...clip, id: '', name: '', layer: 0 })
  expect(withoutIdentity(pasted)).toEqual(withoutIdentity(original))
})

test('last scene cannot be deleted', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await expect(page.getByRole('listitem', { name: /^Scene \d+$/ })).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Delete scene' })).toBeDisabled()
  await page.getByRole('button', { name: 'Add scene' }).click()
  await expect(page.getByRole('button', { name: 'Delete scene' })).toBeEnabled()
  await page.getByRole('button', { name: 'Move scene up' }).click()
  await expect(page.getByRole('listitem', { name: 'Scene 1' })).toHaveAttribute(
    'aria-current',
    'true',
  )
})
