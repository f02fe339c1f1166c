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
