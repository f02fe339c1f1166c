import { expect, test } from '@playwright/test'
import { Editor, fixture } from './editor'

test('published sample imports with repairs', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  const dialog = await editor.importText(fixture('published-sample.txt'))
  await expect(dialog).toBeHidden()

  const expected = JSON.parse(fixture('sample-avatar-scene.json')) as Record<string, unknown>
  delete expected.webhookUrl
  expect(await editor.request()).toEqual(expected)

  const notices = page.getByRole('status', { name: 'Import notices' })
  await expect(notices).toContainText('Removed a trailing comma at line 118')
  await expect(notices).toContainText('webhookUrl held the placeholder ${webhook_delivery_address}')
})

test('malformed import shows the line and keeps the project', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  await editor.importText(fixture('sample-avatar-scene.json'))
  const before = await editor.requestJson().inputValue()

  const dialog = await editor.importText('{\n  "scenes": [\n    { "sceneIdx": 0 }\n  ]\n')
  await expect(dialog.getByRole('alert')).toContainText('line 5')
  await expect(dialog.getByRole('alert')).toContainText('column 1')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(editor.requestJson()).toHaveValue(before)
})

test('large request is shown on demand', async ({ page }) => {
  const editor = new Editor(page)
  await editor.open()
  const base = JSON.parse(fixture('all-clip-types.json')) as {
    scenes: Array<{ sceneIdx: number; clips: Array<{ id: string; name?: string }> }>
  }
  const scenes = Array.from({ length: 120 }, (_, index) => {
    const scene = structuredClone(base.scenes[index % 2]!)
    scene.sceneIdx = index
    for (const clip of scene.clips) {
      clip.id = `${clip.id}-${index}`
      clip.name = clip.id
    }
    return scene
  })
  const text = JSON.stringify({ ...base, scenes }, null, 2)
  await page.getByRole('button', { name: 'Import JSON' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import JSON' })
  await dialog.getByLabel('Open JSON file').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
  await expect(dialog).toBeHidden()

  const show = page.getByRole('button', { name: 'Show current JSON' })
  await expect(show).toBeVisible()
  await expect(editor.requestJson()).toHaveValue('')
  await show.click()
  await expect(show).toBeHidden()
  expect(JSON.parse(await editor.requestJson().inputValue())).toEqual(JSON.parse(text))
})
