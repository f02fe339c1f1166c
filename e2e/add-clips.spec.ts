import { expect, test } from '@playwright/test'
import { Editor } from './editor'

type Clip = { id: string; type: string; width: number; height: number; [key: string]: unknown }

async function clips(editor: Editor): Promise<Clip[]> {
  return ((await editor.request()).scenes as Array<{ clips: Clip[] }>)[0]!.clips
}

test('add image checks the address and keeps its size', async ({ page, baseURL }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.getByRole('button', { name: 'Add image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add image' })
  await dialog
    .getByRole('textbox', { name: 'Image URL' })
    .fill(`${baseURL}/images/background/bg_blue_gradient.png`)
  await dialog.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(dialog).toHaveCount(0)
  const image = (await clips(editor)).find((clip) => clip.type === 'image')!
  expect(image.width).toBe(320)
  expect(image.height).toBe(180)
  await expect.poll(() => editor.nodeRect(image.id)).not.toBeNull()
})

test('unreachable video can be added anyway', async ({ page, baseURL }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.getByRole('button', { name: 'Add video' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add video' })
  await dialog.getByRole('textbox', { name: 'Video URL' }).fill(`${baseURL}/missing/clip.mp4`)
  await dialog.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('Could not load the video')
  expect(await clips(editor)).toHaveLength(0)
  await dialog.getByRole('button', { name: 'Add anyway' }).click()
  await expect(dialog).toHaveCount(0)
  const video = (await clips(editor)).find((clip) => clip.type === 'videoImage')!
  expect(video.video_url).toBe(`${baseURL}/missing/clip.mp4`)
})

test('add avatar from the catalogue', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.getByRole('button', { name: 'Add avatar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add avatar' })
  await dialog.getByRole('list', { name: 'Avatars' }).getByRole('button').first().click()
  await expect(dialog).toHaveCount(0)
  const avatar = (await clips(editor)).find((clip) => clip.type === 'aiModel')!
  const model = avatar.model as { ai_name: string; emotion: string; source_url: string }
  expect(model.ai_name).toMatch(/^sandbox_/)
  expect(model.source_url).toMatch(/^\/avatars\//)
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('0 errors')
})

test('add text and shape in view', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await page.getByRole('button', { name: 'Add text' }).click()
  await page.getByRole('button', { name: 'Add shape' }).click()
  const added = await clips(editor)
  expect(added.map((clip) => clip.type)).toEqual(['textImage', 'shape'])
  for (const clip of added) {
    const left = clip.left as number
    const top = clip.top as number
    expect(left).toBeGreaterThanOrEqual(0)
    expect(left).toBeLessThan(1920)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(1080)
  }
})
